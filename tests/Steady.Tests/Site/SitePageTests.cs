namespace Steady.Tests.Site;

/// <summary>Structure and links of every page of the fixture site.</summary>
[Collection(FixtureSiteCollection.Name)]
public sealed class SitePageTests(FixtureSite site)
{
    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        var problems = new List<string>();
        foreach (var (path, page) in site.Pages)
        {
            foreach (var (element, url) in SiteLinks.Of(page))
            {
                if (SiteLinks.Resolve(path, url) is not var (target, fragment))
                {
                    continue;
                }

                var file = SiteLinks.FileOf(target);
                if (!File.Exists(Path.Combine(site.Folder, file)))
                {
                    problems.Add($"{path}: <{element.LocalName}> {url} → {file} does not exist");
                }
                else if (fragment is not null && file.EndsWith(".html", StringComparison.Ordinal)
                    && site.Pages[file].GetElementById(fragment) is null)
                {
                    problems.Add($"{path}: {url} → no id '{fragment}' in {file}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_page_has_a_title_one_h1_a_language_and_the_landmarks()
    {
        Assert.True(site.Pages.Count > 30);
        foreach (var (path, page) in site.Pages)
        {
            Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{path}: no title");
            Assert.True(page.QuerySelectorAll("h1").Length == 1, $"{path}: {page.QuerySelectorAll("h1").Length} h1 elements");
            Assert.False(string.IsNullOrWhiteSpace(page.DocumentElement.GetAttribute("lang")), $"{path}: no lang");
            foreach (var landmark in new[] { "header", "nav", "main", "footer" })
            {
                Assert.True(page.QuerySelector(landmark) is not null, $"{path}: no <{landmark}>");
            }
        }
    }

    [Fact]
    public void Every_page_has_a_canonical_url_opengraph_tags_and_a_policy_without_inline_script()
    {
        foreach (var (path, page) in site.Pages)
        {
            var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.True(canonical?.StartsWith(BuiltSite.BaseUrl, StringComparison.Ordinal) == true, $"{path}: canonical {canonical}");
            foreach (var property in new[] { "og:title", "og:description", "og:url", "og:type", "og:site_name" })
            {
                Assert.True(page.QuerySelector($"meta[property='{property}']") is not null, $"{path}: no {property}");
            }

            var policy = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content") ?? "";
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), $"{path}: inline script"));
        }
    }

    [Fact]
    public void No_page_requests_anything_from_another_host()
    {
        foreach (var (path, page) in site.Pages)
        {
            var requests = page.QuerySelectorAll("link[rel=stylesheet], script[src], img[src], iframe, object, embed, source, video, audio")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "")
                .Where(u => u.Contains("//", StringComparison.Ordinal));
            Assert.Empty(requests);
        }
    }

    [Fact]
    public void Every_form_control_has_a_label()
    {
        foreach (var (path, page) in site.Pages)
        {
            foreach (var control in page.QuerySelectorAll("input, select, textarea"))
            {
                var id = control.Id;
                Assert.True(id is not null && page.QuerySelector($"label[for='{id}']") is not null, $"{path}: control without a label");
            }
        }
    }

    [Fact]
    public void The_navigation_lists_content_pages_by_their_order()
    {
        var nav = site.Pages["index.html"].QuerySelectorAll("header nav a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["Projects", "Help wanted", "Caution", "Funding", "Changes", "About", "Contribute"], nav);
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_404_with_absolute_urls()
    {
        var sitemap = File.ReadAllText(Path.Combine(site.Folder, "sitemap.xml"));
        var locations = System.Xml.Linq.XDocument.Parse(sitemap).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToHashSet();
        var pages = site.Pages.Keys.Where(p => p != "404.html")
            .Select(p => BuiltSite.BaseUrl + (p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p))
            .ToHashSet();
        Assert.Equal(pages.Order(), locations.Order());
        Assert.True(File.Exists(Path.Combine(site.Folder, ".nojekyll")));
        Assert.Contains($"Sitemap: {BuiltSite.BaseUrl}sitemap.xml", File.ReadAllText(Path.Combine(site.Folder, "robots.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_link_the_feeds_api_and_badge_of_each_project()
    {
        var home = site.Pages["index.html"];
        Assert.Equal(
            ["/registry/feeds/changes.xml", "/registry/feeds/changes.atom", "/registry/feeds/changes.json"],
            home.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")));
        var page = site.Pages["projects/zstream/index.html"];
        var alternates = page.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")).ToArray();
        Assert.Contains("/registry/projects/zstream/feed.xml", alternates);
        Assert.Contains("/registry/projects/zstream/feed.atom", alternates);
        Assert.Contains("/registry/projects/zstream/feed.json", alternates);
        var snippets = page.QuerySelectorAll("pre code").Select(c => c.TextContent).ToArray();
        Assert.Contains("[![maintainers: hiatus, caution elevated](https://example.org/registry/badges/zstream.svg)](https://example.org/registry/projects/zstream/)", snippets);
        Assert.Contains("<a href=\"https://example.org/registry/projects/zstream/\"><img src=\"https://example.org/registry/badges/zstream.svg\" alt=\"maintainers: hiatus, caution elevated\"></a>", snippets);
        Assert.NotNull(page.QuerySelector("a[href='https://github.com/example-org/registry/edit/main/registry-data/projects/zstream.yml']"));
        Assert.NotNull(page.QuerySelector("a[href='https://github.com/example-org/registry/commits/main/registry-data/projects/zstream.yml']"));
        Assert.NotNull(page.QuerySelector("a[href='/registry/api/v1/projects/zstream.json']"));
    }

    [Fact]
    public void Content_links_get_the_base_path_and_markdown_headings_stay_below_the_title()
    {
        var about = site.Pages["about/index.html"];
        Assert.NotNull(about.QuerySelector("main a[href='/registry/projects/']"));
        Assert.NotNull(about.QuerySelector("main a[href='/registry/states/hiatus/']"));
        Assert.Equal("About", about.QuerySelector("h1")!.TextContent);
        Assert.Equal("About the registry", about.QuerySelector("main h2")!.TextContent);
    }
}
