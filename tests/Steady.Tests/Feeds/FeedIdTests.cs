using Steady.Api;
using Steady.Feeds;
using Steady.Model;
using Steady.Tests.Support;

namespace Steady.Tests.Feeds;

public sealed class FeedIdTests
{
    [Fact]
    public void Item_ids_are_tag_uris_of_slug_date_kind_and_ordinal()
    {
        var feed = new FeedCatalog(FeedsFixture.Data(), FeedsFixture.Context()).Project(FeedsFixture.Data().Find("alpha-compress")!);

        Assert.Contains("tag:example.org,2024:alpha-compress/2024-03-29/incident/0", feed.Items.Select(i => i.Id));
        Assert.Contains("tag:example.org,2024:alpha-compress/2026-03-02/note/0", feed.Items.Select(i => i.Id));
        Assert.Contains("tag:example.org,2024:alpha-compress/2026-03-02/note/1", feed.Items.Select(i => i.Id));
        Assert.Equal(feed.Items.Count, feed.Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Item_ids_do_not_change_when_an_unrelated_project_changes()
    {
        var before = AllIds(FeedsFixture.Registry, "alpha-compress");
        var beta = FeedsFixture.Registry.Projects.Single(p => p.Slug == "beta-http");
        var changedBeta = beta with
        {
            Name = "Beta HTTP renamed",
            History =
            [
                new HistoryEvent { Date = new DateOnly(2010, 1, 1), Kind = EventKind.Note, Summary = "Earlier note.", Source = "https://example.org/" },
                .. beta.History,
                new HistoryEvent { Date = new DateOnly(2026, 3, 2), Kind = EventKind.Note, Summary = "Same day as alpha's notes.", Source = "https://example.org/" },
            ],
        };
        var newcomer = beta with { Slug = "aaa-first", Repository = "https://github.com/x/aaa-first", Packages = [] };
        var registry = FeedsFixture.Registry with
        {
            Projects = [newcomer, .. FeedsFixture.Registry.Projects.Select(p => p.Slug == "beta-http" ? changedBeta : p)],
        };

        var after = AllIds(registry, "alpha-compress");

        Assert.NotEmpty(before);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Item_ids_do_not_depend_on_the_base_path()
    {
        var data = FeedsFixture.Data();
        var underPath = new FeedCatalog(data, FeedsFixture.Context("https://example.org/registry/")).Changes();
        var atRoot = new FeedCatalog(data, FeedsFixture.Context("https://example.org/")).Changes();

        Assert.Equal(underPath.Items.Select(i => i.Id), atRoot.Items.Select(i => i.Id));
        Assert.NotEqual(underPath.Items[0].Url, atRoot.Items[0].Url);
    }

    [Fact]
    public void Api_history_ids_are_the_feed_item_ids()
    {
        var data = FeedsFixture.Data();
        var alpha = data.Find("alpha-compress")!;
        var feedIds = new FeedCatalog(data, FeedsFixture.Context()).Project(alpha).Items.Select(i => i.Id).Order(StringComparer.Ordinal);

        var apiIds = new ApiMapper(data, FeedsFixture.Context()).Project(alpha).History.Select(h => h.Id).Order(StringComparer.Ordinal);

        Assert.Equal(feedIds, apiIds);
    }

    /// <summary>The ids of one project's items in its own feed and in the registry-wide feeds.</summary>
    private static IReadOnlyList<string> AllIds(Registry registry, string slug)
    {
        var data = FeedsFixture.Data(registry);
        var catalog = new FeedCatalog(data, FeedsFixture.Context());
        return catalog.Project(data.Find(slug)!).Items
            .Concat(catalog.Changes().Items)
            .Concat(catalog.Caution().Items)
            .Concat(catalog.HelpWanted().Items)
            .Where(i => i.Slug == slug)
            .Select(i => i.Id)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
