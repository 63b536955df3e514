using System.ServiceModel.Syndication;
using System.Text.Json.Nodes;
using System.Xml;
using Steady.Feeds;
using Steady.Model;
using Steady.Tests.Support;

namespace Steady.Tests.Feeds;

public sealed class FeedFormatTests
{
    private static readonly MemorySink Sink = FeedsFixture.Publish(FeedsFixture.Data(), FeedsFixture.Context(), new WriteFeeds());

    private static IEnumerable<string> Stems() =>
        Sink.Paths(p => p.EndsWith(".json", StringComparison.Ordinal)).Select(p => p[..^".json".Length]);

    [Fact]
    public void Every_registry_and_project_feed_is_written_in_three_formats()
    {
        var expected = new[] { FeedPaths.Changes, FeedPaths.Caution, FeedPaths.HelpWanted }
            .Concat(FeedsFixture.Registry.Projects.Select(p => FeedPaths.Project(p.Slug)))
            .SelectMany(stem => FeedPaths.Formats.Select(f => FeedPaths.File(stem, f)))
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, Sink.Files.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rss_and_atom_file_parses_back_with_the_same_items_as_its_json_feed()
    {
        foreach (var stem in Stems())
        {
            var json = JsonNode.Parse(Sink.Text(stem + ".json"))!;
            var ids = json["items"]!.AsArray().Select(i => (string)i!["id"]!).ToArray();
            foreach (var format in new[] { FeedFormat.Rss, FeedFormat.Atom })
            {
                var path = FeedPaths.File(stem, format);
                using var reader = XmlReader.Create(new MemoryStream(Sink.Files[path]));
                var feed = SyndicationFeed.Load(reader);

                Assert.Equal(ids, feed.Items.Select(i => i.Id));
                var self = Assert.Single(feed.Links, l => l.RelationshipType == "self");
                Assert.Equal(FeedsFixture.BaseUrl + path, self.Uri.AbsoluteUri);
                Assert.Equal(Newest(feed), feed.LastUpdatedTime);
            }
        }
    }

    [Fact]
    public void Every_rss_and_atom_item_reads_back_with_the_links_tags_and_texts_of_its_json_item()
    {
        var related = 0;
        foreach (var stem in Stems())
        {
            var items = JsonNode.Parse(Sink.Text(stem + ".json"))!["items"]!.AsArray().ToDictionary(i => (string)i!["id"]!);
            foreach (var format in new[] { FeedFormat.Rss, FeedFormat.Atom })
            {
                using var reader = XmlReader.Create(new MemoryStream(Sink.Files[FeedPaths.File(stem, format)]));
                foreach (var item in SyndicationFeed.Load(reader).Items)
                {
                    var json = items[item.Id]!;
                    var page = Assert.Single(item.Links, l => l.RelationshipType == "alternate");
                    Assert.Equal((string)json["url"]!, page.Uri.AbsoluteUri);
                    var source = item.Links.SingleOrDefault(l => l.RelationshipType == "related");
                    Assert.Equal((string?)json["external_url"], source?.Uri.AbsoluteUri);
                    Assert.Equal(source is null ? null : "Source", source?.Title);
                    related += source is null ? 0 : 1;
                    Assert.Equal(json["tags"]!.AsArray().Select(t => (string)t!), item.Categories.Select(c => c.Name));
                    Assert.Equal((string)json["title"]!, item.Title.Text);
                    var html = format == FeedFormat.Rss ? item.Summary : (TextSyndicationContent)item.Content;
                    Assert.Equal((string)json["content_html"]!, html.Text);
                    if (format == FeedFormat.Atom)
                    {
                        Assert.Equal((string)json["summary"]!, item.Summary.Text);
                        Assert.Equal("html", item.Content.Type);
                    }
                }
            }
        }

        Assert.True(related > 0, "no item has a source link");
    }

    [Fact]
    public void Every_json_feed_has_the_required_fields_of_version_1_1()
    {
        foreach (var stem in Stems())
        {
            var path = stem + ".json";
            var feed = JsonNode.Parse(Sink.Text(path))!.AsObject();

            Assert.Equal("https://jsonfeed.org/version/1.1", (string)feed["version"]!);
            Assert.False(string.IsNullOrWhiteSpace((string)feed["title"]!), path);
            Assert.StartsWith(FeedsFixture.BaseUrl, (string)feed["home_page_url"]!);
            Assert.Equal(FeedsFixture.BaseUrl + path, (string)feed["feed_url"]!);
            foreach (var item in feed["items"]!.AsArray().Select(i => i!.AsObject()))
            {
                Assert.False(string.IsNullOrWhiteSpace((string)item["id"]!), path);
                Assert.True(item["content_html"] is JsonValue || item["content_text"] is JsonValue, $"{path}: item without content");
                Assert.True(DateTimeOffset.TryParse((string)item["date_published"]!, out _), path);
            }
        }
    }

    [Fact]
    public void Every_link_in_every_feed_is_absolute_under_the_base_url_path()
    {
        foreach (var stem in Stems())
        {
            using var reader = XmlReader.Create(new MemoryStream(Sink.Files[FeedPaths.File(stem, FeedFormat.Atom)]));
            var feed = SyndicationFeed.Load(reader);
            var links = feed.Links.Concat(feed.Items.SelectMany(i => i.Links)).Where(l => l.RelationshipType != "related");

            Assert.All(links, l => Assert.StartsWith(FeedsFixture.BaseUrl, l.Uri.AbsoluteUri));
        }
    }

    [Fact]
    public void Rss_dates_are_rfc_822_and_atom_dates_rfc_3339_of_the_event_date()
    {
        var rss = Sink.Text("projects/alpha-compress/feed.xml");
        var atom = Sink.Text("projects/alpha-compress/feed.atom");

        Assert.Contains("<pubDate>Fri, 29 Mar 2024 00:00:00 Z</pubDate>", rss);
        Assert.Contains("<lastBuildDate>Mon, 02 Mar 2026 00:00:00 Z</lastBuildDate>", rss);
        Assert.Contains("<updated>2024-03-29T00:00:00Z</updated>", atom);
    }

    [Fact]
    public void Registry_feeds_pick_the_same_items_in_the_same_order_as_a_sort_of_every_event()
    {
        // Three events a day across three projects, so that dates tie across projects and within one project.
        var projects = FeedsFixture.Registry.Projects.Take(3).Select((p, pi) => p with
        {
            History = Enumerable.Range(0, 90).Select(i => new HistoryEvent
            {
                Date = new DateOnly(2021, 1, 1).AddDays(i / 3 + pi % 2),
                Kind = i % 4 == 0 ? EventKind.Incident : EventKind.Note,
                Summary = $"event {i}",
                Source = "https://example.org/",
            }).ToArray(),
        }).ToArray();
        var registry = FeedsFixture.Registry with { Projects = [.. projects, .. FeedsFixture.Registry.Projects.Skip(3)] };
        var data = FeedsFixture.Data(registry);
        var catalog = new FeedCatalog(data, FeedsFixture.Context());

        string[] Expected(Func<Project, int, bool> keep) => data.Projects
            .SelectMany(p => Enumerable.Range(0, p.Project.History.Count).Where(i => keep(p.Project, i)).Select(i => (Signals: p, Index: i)))
            .OrderByDescending(x => x.Signals.Project.History[x.Index].Date)
            .ThenBy(x => x.Signals.Slug, StringComparer.Ordinal)
            .ThenByDescending(x => x.Index)
            .Take(FeedCatalog.RegistryFeedItems)
            .Select(x => catalog.Items.EventId(x.Signals.Project, x.Index))
            .ToArray();

        Assert.Equal(Expected((_, _) => true), catalog.Changes().Items.Select(i => i.Id));
        var caution = catalog.Caution().Items.Select(i => i.Id).ToArray();
        Assert.Equal(Expected((p, i) => CautionEffect.Of(p, i) is not null), caution);
        Assert.True(caution.Length > 20, $"only {caution.Length} caution items");
    }

    [Fact]
    public void Registry_feeds_keep_the_newest_100_items_newest_first()
    {
        var busy = FeedsFixture.Registry.Projects[0] with
        {
            History = Enumerable.Range(0, 150).Select(i => new HistoryEvent
            {
                Date = new DateOnly(2020, 1, 1).AddDays(i),
                Kind = EventKind.Note,
                Summary = $"note {i}",
                Source = "https://example.org/",
            }).ToArray(),
        };
        var registry = FeedsFixture.Registry with { Projects = [busy, .. FeedsFixture.Registry.Projects.Skip(1)] };

        var changes = new FeedCatalog(FeedsFixture.Data(registry), FeedsFixture.Context()).Changes();

        Assert.Equal(FeedCatalog.RegistryFeedItems, changes.Items.Count);
        Assert.Equal(changes.Items.OrderByDescending(i => i.Date).Select(i => i.Id), changes.Items.Select(i => i.Id));
        Assert.Equal(new DateOnly(2026, 5, 1), changes.Items[0].Date);
    }

    [Fact]
    public void A_feed_without_items_is_dated_from_the_data()
    {
        var epsilon = FeedsFixture.Data().Find("epsilon-tools")!;

        var feed = new FeedCatalog(FeedsFixture.Data(), FeedsFixture.Context()).Project(epsilon);

        Assert.Empty(feed.Items);
        Assert.Equal(epsilon.Project.Status.Since, feed.Updated);
    }

    private static DateTimeOffset Newest(SyndicationFeed feed) =>
        feed.Items.Select(i => i.PublishDate).DefaultIfEmpty(feed.LastUpdatedTime).Max();
}
