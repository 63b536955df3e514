using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Steady.Purl;

/// <summary>Percent-encoding and decoding of package-URL components.</summary>
internal static class PurlEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Encodes a decoded component in canonical form: ASCII letters, digits, <c>.-_~</c> and <c>:</c>
    /// stay as they are, every other character is written as UTF-8 percent-encoded octets with
    /// upper-case hex digits. <paramref name="keepSlash"/> leaves <c>/</c> unencoded (qualifier values).
    /// </summary>
    public static string Encode(string value, bool keepSlash)
    {
        var unencoded = keepSlash ? UnencodedOrSlash : Unencoded;
        if (!value.AsSpan().ContainsAnyExcept(unencoded))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (unencoded.Contains(c))
            {
                builder.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                ? 2
                : 1;
            var written = Encoding.UTF8.GetBytes(value.AsSpan(i, length), buffer);
            for (var b = 0; b < written; b++)
            {
                builder.Append('%').Append(buffer[b].ToString("X2", CultureInfo.InvariantCulture));
            }

            i += length - 1;
        }

        return builder.ToString();
    }

    /// <summary>Percent-decodes <paramref name="text"/> and checks that the octets form valid UTF-8.</summary>
    public static bool TryDecode(string text, out string decoded, [NotNullWhen(false)] out string? error)
    {
        decoded = text;
        error = null;
        if (!text.Contains('%'))
        {
            return true;
        }

        var bytes = new List<byte>(text.Length);
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                if (i + 2 >= text.Length || !IsHex(text[i + 1]) || !IsHex(text[i + 2]))
                {
                    error = $"'%' at position {i + 1} is not followed by two hex digits";
                    return false;
                }

                bytes.Add(byte.Parse(text.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                i += 2;
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var written = Encoding.UTF8.GetBytes(text.AsSpan(i, length), buffer);
            for (var b = 0; b < written; b++)
            {
                bytes.Add(buffer[b]);
            }

            i += length - 1;
        }

        try
        {
            decoded = StrictUtf8.GetString(bytes.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            error = "percent-encoded octets are not valid UTF-8";
            return false;
        }
    }

    /// <summary>The ASCII letters and digits, which every part of a purl allows as they are.</summary>
    internal const string AsciiLettersAndDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private const string UnencodedCharacters = AsciiLettersAndDigits + ".-_~:";

    private static readonly System.Buffers.SearchValues<char> Unencoded = System.Buffers.SearchValues.Create(UnencodedCharacters);

    private static readonly System.Buffers.SearchValues<char> UnencodedOrSlash = System.Buffers.SearchValues.Create(UnencodedCharacters + "/");

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
