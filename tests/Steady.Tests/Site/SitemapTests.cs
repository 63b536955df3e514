using System.Xml.Linq;
using Steady.Plan;
using Steady.Plan.Models;
using Steady.Render.Pages;

namespace Steady.Tests.Site;

/// <summary>The sitemap respects the protocol's 50,000 addresses a file.</summary>
public sealed class SitemapTests
{
    private static readonly SiteUrls Urls = new("https://example.org/registry/");

    private static SitePlan Plan(int pages) => new(
        new SiteModel("T", "D", "en", "/", "2026-06-30", "/s.css", "/i.svg", "/f.js", "/p/", "/a/", null, [], [], []),
        Enumerable.Range(0, pages).Select(i => new PlannedPage(
            new PageMeta($"projects/p{i}/", "layouts/project.html", "t", "d", "/", Urls.Absolute($"projects/p{i}/"), ""), new object())).ToArray());

    [Fact]
    public void A_large_site_gets_a_sitemap_index()
    {
        var sink = new MemorySink();
        SitemapWriter.Write(Plan(SitemapWriter.MaxUrls + 1), Urls, sink);

        var index = XDocument.Parse(sink.Text("sitemap.xml"));
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        Assert.Equal(["https://example.org/registry/sitemap-1.xml", "https://example.org/registry/sitemap-2.xml"],
            index.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value));
        Assert.Equal(SitemapWriter.MaxUrls, XDocument.Parse(sink.Text("sitemap-1.xml")).Descendants().Count(e => e.Name.LocalName == "url"));
        Assert.Single(XDocument.Parse(sink.Text("sitemap-2.xml")).Descendants(), e => e.Name.LocalName == "url");
    }

    [Fact]
    public void A_small_site_has_one_sitemap()
    {
        var sink = new MemorySink();
        SitemapWriter.Write(Plan(3), Urls, sink);
        Assert.Equal(["sitemap.xml"], sink.Files.Keys);
        Assert.Equal("urlset", XDocument.Parse(sink.Text("sitemap.xml")).Root!.Name.LocalName);
    }
}
