using System.Buffers;
using System.Text.RegularExpressions;

namespace Steady.Validate;

/// <summary>
/// Words that suggest a text mentions someone's personal circumstances. Entries must never need them:
/// the privacy rule says that personal reasons are never published. A match is a warning, not an error.
/// The list is documented on the policy page and in the README.
/// </summary>
public static partial class PrivacyWords
{
    /// <summary>The documented word list (whole words, case-insensitive).</summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "health", "illness", "ill", "sick", "sickness", "hospital", "hospitalised", "hospitalized", "surgery",
        "medical", "diagnosis", "diagnosed", "cancer", "depression", "anxiety", "therapy", "burnout",
        "burned out", "burnt out", "mental health", "pregnancy", "pregnant", "maternity", "paternity",
        "parental leave", "newborn", "divorce", "bereavement", "funeral", "passed away", "died",
        "family reasons", "family emergency", "family matters", "wife", "husband", "debt", "debts", "bankrupt",
        "bankruptcy", "unemployed", "eviction", "disability", "addiction", "rehab",
    ];

    /// <summary>
    /// <see cref="Words"/> as one pattern, longest first, spaces matching any run of white space; a test checks that
    /// it is built from the list. Generated at compile time, so the first check costs no regex compilation.
    /// </summary>
    internal const string PatternText =
        @"\b(family\s+emergency|parental\s+leave|family\s+reasons|family\s+matters|mental\s+health|hospitalised|hospitalized|bereavement|passed\s+away|depression|burned\s+out|bankruptcy|unemployed|disability|diagnosis|diagnosed|burnt\s+out|pregnancy|maternity|paternity|addiction|sickness|hospital|pregnant|bankrupt|eviction|illness|surgery|medical|anxiety|therapy|burnout|newborn|divorce|funeral|husband|health|cancer|debts|rehab|sick|died|wife|debt|ill)\b";

    [GeneratedRegex(PatternText, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    /// <summary>The first word of every listed entry ("burned" for "burned out").</summary>
    private static readonly SearchValues<string> FirstWords = SearchValues.Create(
        Words.Select(w => w.Split(' ')[0]).Distinct().ToArray(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Characters the pattern's case-insensitivity treats as ASCII letters (the Kelvin sign as k, the long s as s, the
    /// dotted and dotless i); a text with one of them always goes to the pattern.
    /// </summary>
    private static readonly SearchValues<char> FoldedToAscii = SearchValues.Create("\u212A\u017F\u0130\u0131");

    /// <summary>The first listed word the text contains, or null.</summary>
    public static string? FindIn(string text)
    {
        // Most texts hold no listed word, so the pattern runs only where one may start: where the first word of an
        // entry occurs (ignoring ASCII case) and is not preceded by an ASCII letter, digit or underscore, which
        // would rule out the pattern's word boundary. Apart from the characters above, the pattern's
        // case-insensitivity matches listed words only to ASCII letters, which this search finds.
        var span = text.AsSpan();
        if (span.ContainsAny(FoldedToAscii))
        {
            return FindWithPattern(text);
        }

        var offset = 0;
        while (true)
        {
            var hit = span[offset..].IndexOfAny(FirstWords);
            if (hit < 0)
            {
                return null;
            }

            var at = offset + hit;
            if (at == 0 || !IsAsciiWordCharacter(span[at - 1]))
            {
                return FindWithPattern(text);
            }

            offset = at + 1;
        }
    }

    private static bool IsAsciiWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>What <see cref="FindIn"/> returns, from the pattern alone.</summary>
    internal static string? FindWithPattern(string text)
    {
        var match = Pattern().Match(text);
        return match.Success ? match.Value.ToLowerInvariant() : null;
    }
}
