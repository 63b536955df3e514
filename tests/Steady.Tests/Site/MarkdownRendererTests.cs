using Steady.Plan;
using Steady.Render.Markdown;

namespace Steady.Tests.Site;

/// <summary>Content Markdown: raw HTML as text, every link through the allow-list, headings below the page title.</summary>
public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new(new SiteUrls("https://example.org/registry/"));

    private static string Render(string markdown) => Renderer.Render(markdown).Value;

    [Fact]
    public void Raw_html_is_written_as_text() =>
        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b onclick=&quot;x&quot;&gt;b&lt;/b&gt;</p>\n",
            Render("<script>alert(1)</script> <b onclick=\"x\">b</b>"));

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](java&#x09;script:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](data:text/html,hi)")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("[x](//evil.example/)")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    public void Refused_links_keep_their_text_and_lose_the_link(string markdown)
    {
        var html = Render(markdown);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.Contains(">x<", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<vbscript:msgbox(1)>")]
    public void Refused_autolinks_become_text(string markdown)
    {
        var html = Render(markdown);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.Contains("script:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Allowed_links_pass_and_site_links_get_the_base_path()
    {
        var html = Render("[a](/projects/) [b](https://example.com/) <mailto:x@example.org> https://www.example.org/p [c](#top) <y@example.org>");
        Assert.Contains("href=\"/registry/projects/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:x@example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.example.org/p\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#top\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:y@example.org\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_from_other_hosts_become_links_and_site_images_stay()
    {
        var html = Render("![far](https://evil.example/p.png) ![near](/assets/logo.png)");
        Assert.Contains("<a href=\"https://evil.example/p.png\">far</a>", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/registry/assets/logo.png\" alt=\"near\" />", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_one_headings_move_down_so_the_page_title_stays_the_only_h1()
    {
        Assert.Equal("<h2 id=\"a\">A</h2>\n<h3 id=\"b\">B</h3>\n", Render("# A\n\n## B"));
        Assert.Equal("<h2 id=\"b\">B</h2>\n", Render("## B"));
    }
}
