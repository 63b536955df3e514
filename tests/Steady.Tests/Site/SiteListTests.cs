using Steady.Derive;
using Steady.Load;
using Steady.Model;
using Steady.Validate;

namespace Steady.Tests.Site;

/// <summary>The list pages list exactly the right projects, and a project page shows what its entry says.</summary>
[Collection(FixtureSiteCollection.Name)]
public sealed class SiteListTests(FixtureSite site)
{
    private static readonly Registry Registry = RegistryLoader.Load(
        Path.Combine(FixturePaths.Fixture("site-registry"), "registry-data"), "registry-data", FixturePaths.AsOf).Registry;

    private string[] Listed(string page) =>
        site.Pages[page].QuerySelectorAll("table.projects tbody tr").Select(r => r.GetAttribute("data-slug")!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_state_has_a_page_listing_exactly_its_projects()
    {
        foreach (var state in Enum.GetValues<ProjectState>())
        {
            var expected = Registry.Projects.Where(p => p.Status.State == state).Select(p => p.Slug).Order(StringComparer.Ordinal).ToArray();
            Assert.True(expected.Length > 0, $"the fixture has no {state} project");
            Assert.Equal(expected, Listed($"states/{Vocabulary.Name(state)}/index.html"));
        }
    }

    [Fact]
    public void Every_ecosystem_has_a_page_listing_exactly_its_projects()
    {
        var ecosystems = Registry.Projects.SelectMany(p => p.Ecosystems).Distinct().ToArray();
        Assert.True(ecosystems.Length >= 4);
        foreach (var ecosystem in ecosystems)
        {
            var expected = Registry.Projects.Where(p => p.Ecosystems.Contains(ecosystem)).Select(p => p.Slug).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, Listed($"ecosystems/{ecosystem}/index.html"));
        }

        Assert.Equal(ecosystems.Length, site.Pages.Keys.Count(p => p.StartsWith("ecosystems/", StringComparison.Ordinal)) - 1);
    }

    [Fact]
    public void The_projects_page_holds_every_project_with_the_data_the_filter_reads()
    {
        var rows = site.Pages["projects/index.html"].QuerySelectorAll("#projects tbody tr");
        Assert.Equal(Registry.Projects.Count, rows.Length);
        var data = SignalDeriver.Derive(Registry, FixturePaths.AsOf);
        foreach (var row in rows)
        {
            var project = data.Find(row.GetAttribute("data-slug")!)!;
            Assert.Equal(Vocabulary.Name(project.Project.Status.State), row.GetAttribute("data-state"));
            Assert.Equal(Vocabulary.Name(project.Caution.Level), row.GetAttribute("data-caution"));
            Assert.Equal(string.Join(' ', project.Project.Ecosystems.Order(StringComparer.Ordinal)), row.GetAttribute("data-eco"));
        }
    }

    [Fact]
    public void The_caution_and_help_pages_list_the_derived_projects()
    {
        var data = SignalDeriver.Derive(Registry, FixturePaths.AsOf);
        var caution = site.Pages["caution/index.html"].QuerySelectorAll("main .cards > li > a").Select(a => a.GetAttribute("href")!).ToHashSet();
        Assert.Equal(
            data.Projects.Where(p => p.Caution.Level != CautionLevel.None).Select(p => $"/registry/projects/{p.Slug}/").ToHashSet(),
            caution);
        var help = site.Pages["help-wanted/index.html"].QuerySelectorAll("main .cards > li > a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(
            data.Projects.Where(p => p.NeedsHelp).OrderByDescending(p => p.NeedScore).ThenBy(p => p.Slug, StringComparer.Ordinal).Select(p => $"/registry/projects/{p.Slug}/"),
            help);
    }

    [Fact]
    public void A_project_page_shows_state_caution_reasons_people_funding_and_history()
    {
        var page = site.Pages["projects/ntpish/index.html"];
        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("Unresponsive since 2026-03-01", facts, StringComparison.Ordinal);
        Assert.Equal("High", page.QuerySelector("dl.facts .caution")!.TextContent);
        var reasons = page.QuerySelectorAll("#caution li").Select(li => li.TextContent).ToArray();
        Assert.Equal(3, reasons.Length);
        Assert.Contains(reasons, r => r.Contains("incident on 2026-05-20", StringComparison.Ordinal));
        Assert.Contains("Cy Warden", page.QuerySelector("#people")!.TextContent, StringComparison.Ordinal);
        var events = page.QuerySelectorAll("ol.timeline > li");
        Assert.Equal(["event-2026-05-20-1", "event-2026-03-01-1"], events.Select(e => e.Id));
        Assert.All(events, e => Assert.NotNull(e.QuerySelector("a.src[href^='https://']")));

        var quill = site.Pages["projects/libquill/index.html"];
        var meter = quill.QuerySelector("#funding meter")!;
        Assert.Equal(("2500", "6000"), (meter.GetAttribute("value"), meter.GetAttribute("max")));
        Assert.Contains("500 EUR a month", quill.QuerySelector("#funding")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("on probation until 2026-10-12", quill.QuerySelector("#people")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_entry_says_since_when_it_was_not_reviewed()
    {
        Assert.Contains("Not reviewed since 2024-01-01", site.Pages["projects/legacy-ftp/index.html"].QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Null(site.Pages["projects/zstream/index.html"].QuerySelector(".notice"));
    }

    [Fact]
    public void Sponsor_pages_say_what_each_sponsor_gives_and_to_whom()
    {
        var acme = site.Pages["sponsors/acme-cloud/index.html"];
        var rows = acme.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Contains(rows, r => r.Contains("libquill", StringComparison.Ordinal) && r.Contains("1,500 USD a month", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("legacy-ftp", StringComparison.Ordinal) && r.Contains("100 USD a year", StringComparison.Ordinal));
        Assert.Equal(3, site.Pages["sponsors/index.html"].QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void The_home_page_ranks_needs_help_and_counts_every_state()
    {
        var home = site.Pages["index.html"];
        Assert.Equal(9, home.QuerySelectorAll(".legend li").Length);
        Assert.Equal(9, home.QuerySelectorAll("svg.state-bar rect[class^='fill-']").Length);
        Assert.Equal("/registry/projects/zstream/", home.QuerySelector("#needs-help + p + ol li a")!.GetAttribute("href"));
        Assert.Equal("/registry/projects/", home.QuerySelector("form.search")!.GetAttribute("action"));
        Assert.NotNull(home.QuerySelector("form.search input[name=q]"));
    }

    [Fact]
    public void Pages_stay_small()
    {
        foreach (var project in Registry.Projects)
        {
            Assert.True(new FileInfo(Path.Combine(site.Folder, "projects", project.Slug, "index.html")).Length < 30 * 1024, project.Slug);
        }

        Assert.True(new FileInfo(Path.Combine(site.Folder, "index.html")).Length < 60 * 1024);
    }
}
