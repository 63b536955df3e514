using System.Text;

namespace Steady.Feeds;

/// <summary>
/// Removes characters that XML 1.0 forbids (C0 controls other than tab, line feed and carriage return,
/// unpaired surrogates, U+FFFE and U+FFFF) and the C1 controls it discourages, so a hostile or careless
/// summary can never make a feed writer throw. Everything else, emoji included, is kept.
/// </summary>
public static class XmlSafeText
{
    public static string Clean(string text)
    {
        var firstBad = FirstForbidden(text);
        if (firstBad < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (IsAllowed(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> PrintableAscii = System.Buffers.SearchValues.Create(Text.TextRules.PrintableAscii);

    private static int FirstForbidden(string text)
    {
        // Printable ASCII, most of any text, is passed over a vector at a time.
        var start = text.AsSpan().IndexOfAnyExcept(PrintableAscii);
        if (start < 0)
        {
            return -1;
        }

        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' ||
        (c >= 0x20 && c < 0x7F) ||
        (c > 0x9F && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF');
}
