using System.Diagnostics.CodeAnalysis;

namespace Steady.Purl;

/// <summary>
/// Parses purls as <see cref="PackageUrl.TryParse"/> does, and keeps the last few a thread parsed, by the string they
/// were parsed from (the same instance, not equal text). An entry's purls are parsed when its values are checked and
/// again right after, on the same thread, for the keys the rules across entries compare; the second time finds them
/// here. Eight per thread, so it stays small on any registry.
/// </summary>
internal static class RecentPurls
{
    public const int Kept = 8;

    [ThreadStatic]
    private static string?[]? t_texts;

    [ThreadStatic]
    private static PackageUrl?[]? t_purls;

    [ThreadStatic]
    private static int t_next;

    public static bool TryParse(string text, [NotNullWhen(true)] out PackageUrl? purl, [NotNullWhen(false)] out string? error)
    {
        var texts = t_texts ??= new string?[Kept];
        var purls = t_purls ??= new PackageUrl?[Kept];
        for (var i = 0; i < Kept; i++)
        {
            if (ReferenceEquals(texts[i], text))
            {
                purl = purls[i]!;
                error = null;
                return true;
            }
        }

        if (!PackageUrl.TryParse(text, out purl, out error))
        {
            return false;
        }

        texts[t_next] = text;
        purls[t_next] = purl;
        t_next = (t_next + 1) % Kept;
        return true;
    }
}
