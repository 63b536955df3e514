using System.Text.Json;
using AngleSharp.Html.Parser;
using Steady.Build;
using Steady.Check;
using Steady.Config;
using Steady.Tests.Support;

namespace Steady.Tests.RealData;

/// <summary>The site built from the real registry and content: complete, linked, and consistent with its API.</summary>
public sealed class RealSiteTests : IClassFixture<RealSiteTests.RealSite>
{
    private readonly RealSite _site;

    public RealSiteTests(RealSite site) => _site = site;

    [Fact]
    public void The_real_site_passes_steady_check()
    {
        Assert.Empty(SiteChecker.Check(_site.Output).Select(p => p.ToString()));
    }

    [Fact]
    public void Every_content_page_builds_with_its_title_as_the_only_h1()
    {
        var parser = new HtmlParser();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Root, "content"), "*.md"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var title = File.ReadLines(file).First(l => l.StartsWith("title:", StringComparison.Ordinal))["title:".Length..].Trim();
            var page = Path.Combine(_site.Output, name, "index.html");
            Assert.True(File.Exists(page), $"{name}.md was not built");
            using var document = parser.ParseDocument(File.ReadAllText(page));
            Assert.Equal(title, document.QuerySelector("h1")!.TextContent.Trim());
        }
    }

    [Fact]
    public void Caution_json_agrees_with_the_caution_shown_on_every_project_page()
    {
        using var caution = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "api", "v1", "caution.json")));
        var levels = caution.RootElement.GetProperty("result").EnumerateArray()
            .ToDictionary(e => e.GetProperty("slug").GetString()!, e => e.GetProperty("level").GetString()!);
        var parser = new HtmlParser();
        var pages = Directory.GetDirectories(Path.Combine(_site.Output, "projects"));
        Assert.True(pages.Length >= 15);
        foreach (var dir in pages)
        {
            using var document = parser.ParseDocument(File.ReadAllText(Path.Combine(dir, "index.html")));
            var shown = document.QuerySelector("#caution-h")!.TextContent.Split(':')[1].Trim().ToLowerInvariant();
            var slug = Path.GetFileName(dir);
            Assert.Equal(levels.GetValueOrDefault(slug, "none"), shown);
        }

        Assert.Contains("ingress-nginx", levels.Keys);
    }

    [Fact]
    public void Every_project_has_its_feeds_api_file_and_badges()
    {
        foreach (var dir in Directory.GetDirectories(Path.Combine(_site.Output, "projects")))
        {
            var slug = Path.GetFileName(dir);
            foreach (var file in new[] { $"projects/{slug}/feed.xml", $"projects/{slug}/feed.atom", $"projects/{slug}/feed.json",
                         $"api/v1/projects/{slug}.json", $"badges/{slug}.svg", $"badges/{slug}.json" })
            {
                Assert.True(File.Exists(Path.Combine(_site.Output, file)), file);
            }
        }
    }

    /// <summary>Builds the real registry once for the class, under a sub-path.</summary>
    public sealed class RealSite : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public RealSite()
        {
            Output = Path.Combine(_temp.Path, "_site");
            var (settings, problems) = SettingsLoader.Load(Path.Combine(TestPaths.Root, SettingsLoader.FileName),
                new SettingsOverrides { Out = Output, BaseUrl = "https://org.example/registry/" }, TestPaths.AsOf);
            Assert.True(settings is not null, string.Join('\n', problems));
            var result = BuildSite.Run(new BuildOptions(settings!, TestPaths.AsOf));
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        }

        public string Output { get; }

        public void Dispose() => _temp.Dispose();
    }
}
