using System.Globalization;
using System.Text;
using Steady.Text;

namespace Steady.Guard;

/// <summary>
/// GitHub logins as the guard sees them: compared without regard to case, and refused outright when they hold
/// anything outside GitHub's alphabet (ASCII letters, digits, single hyphens), which is how look-alike
/// Unicode letters, invisible characters and lookalike spaces are caught.
/// </summary>
public static class Logins
{
    /// <summary>Login comparison: case-insensitive, ordinal.</summary>
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    public static bool IsValid(string login) => TextRules.IsGithubLogin(login);

    public static bool Same(string a, string b) => Comparer.Equals(a, b);

    /// <summary>A new set of logins compared case-insensitively.</summary>
    public static HashSet<string> Set(IEnumerable<string> logins) => new(logins, Comparer);

    /// <summary>
    /// A form that maps ASCII characters that look alike (<c>0/o</c>, <c>1/l/i</c>, <c>rn/m</c>, <c>vv/w</c>) together,
    /// used to warn when a new login imitates an existing one.
    /// </summary>
    public static string Skeleton(string login)
    {
        var s = login.ToLowerInvariant()
            .Replace("rn", "m", StringComparison.Ordinal)
            .Replace("vv", "w", StringComparison.Ordinal)
            .Replace("cl", "d", StringComparison.Ordinal);
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            builder.Append(c switch
            {
                '0' => 'o',
                '1' or 'i' or '|' => 'l',
                '5' => 's',
                '_' => '-',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Shows a login that is not valid with its unexpected characters spelled out as code points.</summary>
    public static string Explain(string login)
    {
        var odd = login.EnumerateRunes()
            .Where(r => !(r.IsAscii && (char.IsAsciiLetterOrDigit((char)r.Value) || r.Value == '-')))
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"U+{r.Value:X4}"))
            .Distinct()
            .ToArray();
        return odd.Length == 0
            ? "it does not have the form of a GitHub login (letters, digits and single hyphens, at most 39)"
            : $"it contains {string.Join(", ", odd)} (spelled out: {SafeMarkdown.Code(Escape(login))}), which GitHub logins never do";
    }

    /// <summary>The login with every character outside printable ASCII written as <c>\uXXXX</c>.</summary>
    public static string Escape(string login)
    {
        var builder = new StringBuilder(login.Length);
        foreach (var rune in login.EnumerateRunes())
        {
            builder.Append(rune.Value is >= 0x21 and <= 0x7E
                ? ((char)rune.Value).ToString()
                : string.Create(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}"));
        }

        return builder.ToString();
    }
}
