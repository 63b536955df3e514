using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Steady.Api;
using Steady.Feeds;
using Steady.Tests.Support;

namespace Steady.Tests.Api;

public sealed class ApiDocsTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(TestPaths.Root, "content", "api.md")).ReplaceLineEndings("\n");

    [Fact]
    public void The_api_page_has_its_front_matter()
    {
        Assert.StartsWith("---\ntitle: API\norder: 6\ndescription: ", Page);
    }

    [Fact]
    public void The_api_page_documents_every_endpoint_feed_the_calendar_and_the_badges()
    {
        var documented = ApiFiles.All.Select(f => "/" + f.Path.Replace("{slug}", "<slug>", StringComparison.Ordinal))
            .Concat(new[] { FeedPaths.Changes, FeedPaths.Caution, FeedPaths.HelpWanted, FeedPaths.Project("<slug>") }.Select(f => $"/{f}.*"))
            .Append("/" + FeedPaths.Calendar)
            .Append("/badges/<slug>.json")
            .Append("/api/v1/schema/");

        Assert.All(documented, path => Assert.Contains(path, Page));
        Assert.Contains("curl -s \"$BASE/api/v1/caution.json\" |", Page);
    }

    [Fact]
    public void The_api_page_has_no_raw_html()
    {
        var body = Page[(Page.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
        var document = Markdown.Parse(body, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());

        Assert.Empty(document.Descendants<HtmlBlock>());
        Assert.Empty(document.Descendants<HtmlInline>());
    }
}
