using Steady.Diagnostics;
using Steady.Load;
using Steady.Model;

namespace Steady.Validate;

/// <summary>Rules of the content pages: a page may not take a URL that the site uses for its own pages and files.</summary>
public static class ContentRules
{
    /// <summary>
    /// First path segments the generator writes itself (pages, feeds, badges, assets). <c>api</c> is free: the API
    /// lives under <c>api/v1/</c>, so a content page <c>api.md</c> documents it at <c>/api/</c>.
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "projects", "states", "ecosystems", "caution", "help-wanted", "funding", "sponsors", "stewards", "changes",
        "feeds", "badges", "assets", "404", "index", "sitemap", "robots",
    };

    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<ContentPage> pages)
    {
        var bag = new DiagnosticBag();
        foreach (var page in pages.Where(p => ReservedNames.Contains(p.Name)))
        {
            bag.Error(DiagnosticCodes.FileName, SourceLocation.StartOf(page.Source),
                $"content page '{page.Name}' would replace the site's own /{page.Name}/",
                $"rename the file; these names are taken: {string.Join(", ", ReservedNames.Order(StringComparer.Ordinal))}");
        }

        return bag.Sorted();
    }
}
