using System.Buffers;

namespace Steady.Api;

/// <summary>
/// Turns JSON written with indentation by <see cref="System.Text.Json.Utf8JsonWriter"/> into the bytes the same writer
/// writes without it: every space, tab and line end outside strings goes, strings are copied as they are.
/// </summary>
public static class CompactJson
{
    private static readonly SearchValues<byte> StringOrSpace = SearchValues.Create("\" \t\r\n"u8);
    private static readonly SearchValues<byte> Space = SearchValues.Create(" \t\r\n"u8);
    private static readonly SearchValues<byte> QuoteOrEscape = SearchValues.Create("\"\\"u8);

    /// <summary>The JSON text <paramref name="json"/> without the white space between its tokens.</summary>
    /// <exception cref="FormatException">A string of <paramref name="json"/> is not closed.</exception>
    public static byte[] Minify(ReadOnlySpan<byte> json)
    {
        var rented = ArrayPool<byte>.Shared.Rent(json.Length);
        try
        {
            var length = Minify(json, rented);
            return rented.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Writes <paramref name="json"/> without its white space into <paramref name="into"/>, as long as it; returns the length written.</summary>
    private static int Minify(ReadOnlySpan<byte> json, Span<byte> into)
    {
        var written = 0;
        while (!json.IsEmpty)
        {
            var stop = json.IndexOfAny(StringOrSpace);
            if (stop < 0)
            {
                stop = json.Length;
            }
            else if (json[stop] == (byte)'"')
            {
                // A string runs to the first quote that no backslash escapes; an escape is a backslash and one byte more.
                var end = stop + 1;
                while (true)
                {
                    var next = end < json.Length ? json[end..].IndexOfAny(QuoteOrEscape) : -1;
                    if (next < 0)
                    {
                        throw new FormatException("a JSON string is not closed");
                    }

                    end += next;
                    if (json[end] == (byte)'"')
                    {
                        break;
                    }

                    end += 2;
                }

                stop = end + 1;
            }

            json[..stop].CopyTo(into[written..]);
            written += stop;
            json = json[stop..];
            var text = json.IndexOfAnyExcept(Space);
            json = text < 0 ? [] : json[text..];
        }

        return written;
    }
}
