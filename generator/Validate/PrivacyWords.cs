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

    private static readonly Regex Pattern = new(
        @"\b(" + string.Join("|", Words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+"))) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    /// <summary>The first listed word the text contains, or null.</summary>
    public static string? FindIn(string text)
    {
        var match = Pattern.Match(text);
        return match.Success ? match.Value.ToLowerInvariant() : null;
    }
}
