using System.Text;

namespace Steady.Guard;

/// <summary>
/// Safe Markdown for text that came from a pull request: every value is shown as a code span (so it cannot become
/// a link, a mention, HTML or formatting), on one line, shortened.
/// </summary>
public static class SafeMarkdown
{
    public const int MaxLength = 120;

    /// <summary>A code span holding the value, whatever backticks it contains.</summary>
    public static string Code(string value)
    {
        var text = OneLine(value);
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') || longest > 0 ? " " : "";
        return $"{fence}{pad}{text}{pad}{fence}";
    }

    /// <summary>The value on one line: control and line-breaking characters become spaces; long values are cut.</summary>
    public static string OneLine(string value)
    {
        var builder = new StringBuilder(Math.Min(value.Length, MaxLength + 3));
        foreach (var rune in value.EnumerateRunes())
        {
            if (builder.Length >= MaxLength)
            {
                builder.Append("...");
                break;
            }

            var category = Rune.GetUnicodeCategory(rune);
            var invisible = Rune.IsControl(rune) || category is System.Globalization.UnicodeCategory.LineSeparator
                or System.Globalization.UnicodeCategory.ParagraphSeparator;
            builder.Append(invisible ? " " : rune.ToString());
        }

        return builder.ToString();
    }
}
