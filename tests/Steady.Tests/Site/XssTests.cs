namespace Steady.Tests.Site;

/// <summary>
/// The hostile registry of <c>tests/Fixtures/xss-registry</c> (markup, event handlers and script URLs in every
/// field the loader accepts, and in Markdown) renders inert on every page.
/// </summary>
public sealed class XssTests(XssSite site) : IClassFixture<XssSite>
{
    private static readonly string[] ScriptSchemes = ["javascript:", "data:", "vbscript:"];

    [Fact]
    public void The_hostile_registry_builds()
    {
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
        Assert.True(site.Pages.Count > 20);
    }

    [Fact]
    public void No_page_has_a_script_but_the_theme_s_own_file()
    {
        foreach (var (path, page) in site.Pages)
        {
            foreach (var script in page.QuerySelectorAll("script"))
            {
                Assert.Equal("/registry/assets/filter.js", script.GetAttribute("src"));
                Assert.Equal("", script.TextContent);
            }
        }
    }

    [Fact]
    public void No_element_has_an_event_handler_attribute()
    {
        foreach (var (path, page) in site.Pages)
        {
            var handlers = page.All.SelectMany(e => e.Attributes.Select(a => (e.LocalName, a.Name)))
                .Where(x => x.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                .ToArray();
            Assert.True(handlers.Length == 0, $"{path}: {string.Join(", ", handlers)}");
        }
    }

    [Fact]
    public void No_link_or_source_uses_a_script_scheme_or_leaves_by_protocol_relative_url()
    {
        foreach (var (path, page) in site.Pages)
        {
            var urls = page.All.SelectMany(e => e.Attributes
                .Where(a => a.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "poster" or "srcset" or "data")
                .Select(a => (Element: e, Url: a.Value)));
            foreach (var (element, url) in urls)
            {
                var clean = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                Assert.False(ScriptSchemes.Any(s => clean.StartsWith(s, StringComparison.Ordinal)), $"{path}: <{element.LocalName}> {url}");
                Assert.False(clean.StartsWith("//", StringComparison.Ordinal) || clean.StartsWith("\\\\", StringComparison.Ordinal), $"{path}: <{element.LocalName}> {url}");
            }
        }
    }

    [Fact]
    public void No_page_embeds_svg_iframe_or_object_from_data()
    {
        foreach (var (path, page) in site.Pages)
        {
            Assert.Empty(page.QuerySelectorAll("iframe, object, embed, base, meta[http-equiv=refresh]"));
            Assert.All(page.QuerySelectorAll("svg"), svg => Assert.Contains(svg.GetAttribute("class"), new[] { "state-bar", "swatch" }));
            Assert.All(page.QuerySelectorAll("img"), img => Assert.StartsWith("/registry/badges/", img.GetAttribute("src"), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_hostile_strings_show_as_text()
    {
        var project = site.Pages["projects/evil/index.html"];
        Assert.Equal("<script>alert(1)</script>", project.QuerySelector("h1")!.TextContent);
        Assert.Contains("\"><svg onload=alert(1)>", project.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://evil.example/\"><svg/onload=alert(1)>", project.QuerySelector("dl.facts a[href^='https://evil']")!.GetAttribute("href"));
        var content = site.Pages["evil/index.html"];
        Assert.Equal("<script>alert(1)</script>", content.QuerySelector("h1")!.TextContent);
        Assert.Contains("<img src=x onerror=alert(1)>", content.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("javascript link", content.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("<script>alert(1)</script>", site.Pages["index.html"].Title, StringComparison.Ordinal);
    }
}
