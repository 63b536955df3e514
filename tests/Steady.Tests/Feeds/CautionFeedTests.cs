using System.Text.Json.Nodes;
using Steady.Feeds;
using Steady.Tests.Support;

namespace Steady.Tests.Feeds;

public sealed class CautionFeedTests
{
    private static readonly FeedCatalog Catalog = new(FeedsFixture.Data(), FeedsFixture.Context());

    [Fact]
    public void The_caution_feed_holds_the_events_that_raise_or_lower_caution_and_nothing_else()
    {
        var ids = Catalog.Caution().Items.Select(i => i.Id.Replace("tag:example.org,2024:", "", StringComparison.Ordinal)).ToArray();

        Assert.Equal(
        [
            "gamma-parser/2026-05-01/incident/0",        // incident
            "beta-http/2026-04-01/maintainer-added/0",   // probation starts
            "alpha-compress/2026-03-02/note/0",          // declared caution elevated
            "alpha-compress/2026-03-01/status/0",        // into hiatus
            "zeta-orphan/2025-11-20/status/0",           // into orphaned
            "alpha-compress/2024-05-29/status/0",        // caution: none, the all-clear
            "alpha-compress/2024-03-29/incident/0",      // incident
        ], ids);
    }

    [Fact]
    public void Caution_items_carry_the_level_the_change_and_the_project_reasons()
    {
        var sink = FeedsFixture.Publish(FeedsFixture.Data(), FeedsFixture.Context(), new WriteFeeds());
        var items = JsonNode.Parse(sink.Text("feeds/caution.json"))!["items"]!.AsArray();

        var incident = items.Single(i => ((string)i!["id"]!).EndsWith("gamma-parser/2026-05-01/incident/0", StringComparison.Ordinal))!["_steady"]!;
        Assert.Equal("high", (string)incident["caution"]!);
        Assert.Equal("raised", (string)incident["caution_change"]!);
        Assert.Equal("high", (string)incident["project_caution"]!["level"]!);
        Assert.Equal(2, incident["project_caution"]!["reasons"]!.AsArray().Count);

        var allClear = items.Single(i => ((string)i!["id"]!).EndsWith("alpha-compress/2024-05-29/status/0", StringComparison.Ordinal))!;
        Assert.Equal("lowered", (string)allClear["_steady"]!["caution_change"]!);
        Assert.Contains("caution:none", allClear["tags"]!.AsArray().Select(t => (string)t!));
    }

    [Fact]
    public void Leaving_a_caution_raising_state_lowers_caution()
    {
        var zeta = FeedsFixture.Registry.Projects.Single(p => p.Slug == "zeta-orphan");
        var adopted = zeta with
        {
            History = [.. zeta.History, new Model.HistoryEvent
            {
                Date = new DateOnly(2026, 5, 5), Kind = Model.EventKind.Status, State = Model.ProjectState.Active,
                Summary = "Adopted.", Source = "https://example.org/",
            }],
        };

        var effect = CautionEffect.Of(adopted, adopted.History.Count - 1);

        Assert.NotNull(effect);
        Assert.Equal(CautionEffect.Lowered, effect.Change);
        Assert.Equal(Model.CautionLevel.None, effect.Level);
        Assert.Null(CautionEffect.Of(zeta, 0));
    }

    [Fact]
    public void A_caution_raising_state_after_another_keeps_caution()
    {
        var zeta = FeedsFixture.Registry.Projects.Single(p => p.Slug == "zeta-orphan");
        var handover = zeta with
        {
            History = [.. zeta.History, new Model.HistoryEvent
            {
                Date = new DateOnly(2026, 5, 5), Kind = Model.EventKind.Status, State = Model.ProjectState.Handover,
                Summary = "A successor is being onboarded.", Source = "https://example.org/",
            }],
        };

        var effect = CautionEffect.Of(handover, handover.History.Count - 1);

        Assert.NotNull(effect);
        Assert.Equal(CautionEffect.Kept, effect.Change);
        Assert.Equal(Model.CautionLevel.Elevated, effect.Level);
    }

    [Fact]
    public void The_help_wanted_feed_has_one_item_per_project_that_needs_help()
    {
        var data = FeedsFixture.Data();

        var items = Catalog.HelpWanted().Items;

        Assert.Equal(data.Projects.Where(p => p.NeedsHelp).Select(p => p.Slug).Order(StringComparer.Ordinal),
            items.Select(i => i.Slug).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.Equal($"tag:example.org,2024:{i.Slug}/help-wanted", i.Id));
        Assert.Equal(items.OrderByDescending(i => i.Date).Select(i => i.Id), items.Select(i => i.Id));
    }
}
