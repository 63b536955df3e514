using Steady.Config;
using Steady.Derive;
using Steady.Load;
using Steady.Plan.Models;

namespace Steady.Plan;

/// <summary>What every page shares: the navigation, feeds and assets.</summary>
public static partial class PlanSite
{
    private static SiteModel Site(IReadOnlyList<ContentPage> content, SiteSettings settings, SiteUrls urls, SiteData data)
    {
        NavItem Nav(string label, string path) => new(label, urls.Link(path), path);
        var nav = new List<NavItem>
        {
            Nav("Projects", "projects/"), Nav("Help wanted", "help-wanted/"), Nav("Caution", "caution/"),
            Nav("Funding", "funding/"), Nav("Changes", "changes/"),
        };
        nav.AddRange(content
            .OrderBy(c => c.Order ?? decimal.MaxValue).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => Nav(c.Title, c.Name + "/")));
        var more = new[] { Nav("States", "states/"), Nav("Ecosystems", "ecosystems/"), Nav("Sponsors", "sponsors/"), Nav("Stewards", "stewards/") };
        return new SiteModel(
            settings.Title,
            settings.Description,
            settings.Language,
            urls.Link(""),
            Labels.Date(data.AsOf),
            urls.Link("assets/style.css"),
            urls.Link("assets/favicon.svg"),
            urls.Link("assets/filter.js"),
            urls.Link("projects/"),
            urls.Link("api/v1/index.json"),
            LinkPolicy.External(settings.Repository),
            nav,
            more,
            [
                new("All changes (RSS)", "RSS", "application/rss+xml", urls.Link("feeds/changes.xml")),
                new("All changes (Atom)", "Atom", "application/atom+xml", urls.Link("feeds/changes.atom")),
                new("All changes (JSON Feed)", "JSON Feed", "application/feed+json", urls.Link("feeds/changes.json")),
            ]);
    }
}
