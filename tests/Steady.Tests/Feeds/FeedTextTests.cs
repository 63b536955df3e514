using System.ServiceModel.Syndication;
using System.Text.Json.Nodes;
using System.Xml;
using AngleSharp.Html.Parser;
using Steady.Feeds;
using Steady.Model;
using Steady.Tests.Support;

namespace Steady.Tests.Feeds;

public sealed class FeedTextTests
{
    private const string Hostile = "<img src=x onerror=alert(1)> Heap overflow in 2.1 🔥 & <b>bold</b> \"quoted\"";

    [Theory]
    [InlineData("bell\u0007 escape\u001B[31m nul\u0000", "bell escape[31m nul")]
    [InlineData("c1\u0085\u009F controls", "c1 controls")]
    [InlineData("non\uFFFEchar\uFFFF", "nonchar")]
    [InlineData("tab\tline\nreturn\r", "tab\tline\nreturn\r")]
    [InlineData("emoji 🚀 🐍 and é ü 中", "emoji 🚀 🐍 and é ü 中")]
    [InlineData("a printable ASCII run longer than any vector, then a bell\u0007 and a C1\u0085 control", "a printable ASCII run longer than any vector, then a bell and a C1 control")]
    [InlineData("plain ASCII only, long enough to be searched a vector at a time: 0123456789", "plain ASCII only, long enough to be searched a vector at a time: 0123456789")]
    [InlineData("\u007F delete first", " delete first")]
    public void Xml_text_removes_what_xml_forbids_and_keeps_the_rest(string input, string expected) =>
        Assert.Equal(expected, XmlSafeText.Clean(input));

    [Fact]
    public void Xml_text_removes_unpaired_surrogates_and_keeps_pairs()
    {
        // Built in code: theory data cannot carry an unpaired surrogate through test discovery.
        var input = string.Concat("lone ", '\uD800'.ToString(), " high, ", '\uDC00'.ToString(), " low, reversed ", "\uDE00\uD83D", " pair 😀");

        Assert.Equal("lone  high,  low, reversed  pair 😀", XmlSafeText.Clean(input));
    }

    [Fact]
    public void Control_characters_are_removed_and_emoji_survive_in_all_three_formats()
    {
        // The loader refuses control characters in registry files, so they are put into the model directly: the
        // writers must stay safe even if a value reaches them some other way.
        var registry = FeedsFixture.Registry with
        {
            Projects = FeedsFixture.Registry.Projects.Select(p => p.Slug != "gamma-parser" ? p : p with
            {
                History = p.History.Select(e => e.Kind != EventKind.Incident ? e : e with
                {
                    Summary = e.Summary.Replace("Heap overflow", "Heap overflow\u0001", StringComparison.Ordinal),
                }).ToArray(),
            }).ToArray(),
        };
        var sink = FeedsFixture.Publish(FeedsFixture.Data(registry), FeedsFixture.Context(), new WriteFeeds());
        var path = FeedPaths.Project("gamma-parser");

        var rss = Load(sink, FeedPaths.File(path, FeedFormat.Rss));
        var atom = Load(sink, FeedPaths.File(path, FeedFormat.Atom));
        var json = JsonNode.Parse(sink.Text(FeedPaths.File(path, FeedFormat.Json)))!;

        var incident = "tag:example.org,2024:gamma-parser/2026-05-01/incident/0";
        Assert.Equal($"gamma-parser (incident): {Hostile}", rss.Items.Single(i => i.Id == incident).Title.Text);
        Assert.Equal(Hostile, ((TextSyndicationContent)atom.Items.Single(i => i.Id == incident).Summary).Text);
        Assert.Equal(Hostile, (string)json["items"]!.AsArray().Single(i => (string)i!["id"]! == incident)!["summary"]!);
        foreach (var file in sink.Paths(p => p.StartsWith(path, StringComparison.Ordinal)))
        {
            Assert.DoesNotContain('\u0001', sink.Text(file));
            Assert.DoesNotContain("\\u0001", sink.Text(file));
        }
    }

    [Fact]
    public void A_hostile_summary_reads_as_text_in_the_html_content()
    {
        var sink = FeedsFixture.Publish(FeedsFixture.Data(), FeedsFixture.Context(), new WriteFeeds());
        var atom = Load(sink, FeedPaths.File(FeedPaths.Caution, FeedFormat.Atom));
        var item = atom.Items.Single(i => i.Id.StartsWith("tag:example.org,2024:gamma-parser/", StringComparison.Ordinal));

        var html = ((TextSyndicationContent)item.Content).Text;
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("img, script, b"));
        Assert.Contains(Hostile, document.Body!.TextContent);
        Assert.All(document.QuerySelectorAll("a"), a => Assert.StartsWith("https://", a.GetAttribute("href")));
    }

    [Fact]
    public void Unpaired_surrogates_and_controls_never_make_the_writers_throw()
    {
        var gamma = FeedsFixture.Registry.Projects.Single(p => p.Slug == "gamma-parser");
        var broken = gamma with
        {
            Name = "broken\uD800name\u0000",
            History = [.. gamma.History, new HistoryEvent
            {
                Date = new DateOnly(2026, 5, 2), Kind = EventKind.Note, Summary = "x\uDC00\u0002\uFFFF y 😀", Source = "https://example.org/",
            }],
        };
        var registry = FeedsFixture.Registry with { Projects = [.. FeedsFixture.Registry.Projects.Select(p => p.Slug == "gamma-parser" ? broken : p)] };

        var sink = FeedsFixture.Publish(FeedsFixture.Data(registry), FeedsFixture.Context(), new WriteFeeds());

        var atom = Load(sink, FeedPaths.File(FeedPaths.Changes, FeedFormat.Atom));
        Assert.Equal("brokenname (note): x y 😀", atom.Items.First().Title.Text);
    }

    private static SyndicationFeed Load(MemorySink sink, string path)
    {
        using var reader = XmlReader.Create(new MemoryStream(sink.Files[path]));
        return SyndicationFeed.Load(reader);
    }
}
