using System.Buffers;
using System.Text;

namespace Steady.Write;

/// <summary>Text helpers for <see cref="IOutputSink"/>: UTF-8 without a byte-order mark, LF line ends.</summary>
public static class OutputSinkExtensions
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Texts up to this many characters are encoded into a rented buffer; longer ones into an array of their own.</summary>
    private const int RentedMaxChars = 16 * 1024;

    public static void WriteText(this IOutputSink sink, string sitePath, string text)
    {
        if (text.Length > RentedMaxChars)
        {
            sink.Write(sitePath, Utf8.GetBytes(text));
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            sink.Write(sitePath, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
