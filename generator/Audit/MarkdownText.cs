using System.Text;

namespace Steady.Audit;

/// <summary>Escapes untrusted text for a GitHub-flavoured Markdown table cell, link or code span.</summary>
internal static class MarkdownText
{
    /// <summary>Plain text on one line with Markdown and HTML syntax neutralised; pipes escaped.</summary>
    public static string Cell(string text, int max = 300)
    {
        var clipped = AuditText.Clip(text, max);
        var builder = new StringBuilder(clipped.Length + 8);
        foreach (var c in clipped)
        {
            switch (c)
            {
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '(' or ')' or '#' or '~' or '!' or '@':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A code span; backticks become quotes and pipes are escaped so the table holds.</summary>
    public static string Code(string text, int max = 300) =>
        "`" + AuditText.Clip(text, max).Replace('`', '\'').Replace("|", "\\|", StringComparison.Ordinal) + "`";

    /// <summary>A link when <paramref name="url"/> is http(s), else the escaped text alone.</summary>
    public static string Link(string text, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return Cell(text);
        }

        var target = uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
        return $"[{Cell(text)}]({target})";
    }
}
