using System.Text;

namespace Steady.Enrich;

/// <summary>Makes text that came from a server safe to print on a terminal: no control characters (no escape sequences), bounded length.</summary>
public static class UntrustedText
{
    public static string Clean(string? text, int max = 300)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(Math.Min(text.Length, max + 1));
        foreach (var c in text)
        {
            if (sb.Length >= max)
            {
                sb.Append('…');
                break;
            }

            sb.Append(char.IsControl(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' ? ' ' : c);
        }

        return sb.ToString().Trim();
    }

    /// <summary>True when a value from a server is plain text of at most <paramref name="max"/> characters.</summary>
    public static bool IsPlain(string? text, int max) =>
        !string.IsNullOrEmpty(text) && text.Length <= max && !text.Any(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
}
