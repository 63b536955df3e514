using System.Text;

namespace Steady.Write;

/// <summary>Text helpers for <see cref="IOutputSink"/>: UTF-8 without a byte-order mark, LF line ends.</summary>
public static class OutputSinkExtensions
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void WriteText(this IOutputSink sink, string sitePath, string text) =>
        sink.Write(sitePath, Utf8.GetBytes(text));
}
