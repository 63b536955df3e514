using System.Text;
using Steady.Serve;

namespace Steady.Tests.Serve;

/// <summary>The reload script and the error banner are added to HTML as it is sent, escaped, in the right places.</summary>
public sealed class HtmlInjectionTests
{
    private const string Page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>x</title>\n</head>\n<body class=\"p\">\n<main>é</main>\n</body>\n</html>\n";

    private static string Inject(string html, long generation, IReadOnlyList<string>? errors) =>
        Encoding.UTF8.GetString(HtmlInjection.Inject(Encoding.UTF8.GetBytes(html), generation, errors));

    [Fact]
    public void The_script_goes_before_the_end_of_the_head_with_the_generation()
    {
        var html = Inject(Page, 7, null);
        Assert.Matches("<title>x</title>\n<script src=\"/__steady/reload.js\\?v=[0-9a-f]{12}\" data-version=\"7\" defer></script>\n</head>", html);
        Assert.DoesNotContain("steady-serve-errors", html, StringComparison.Ordinal);
        Assert.DoesNotContain("serve.css", html, StringComparison.Ordinal);
        Assert.Contains("<main>é</main>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_become_an_escaped_banner_after_the_body_tag()
    {
        var html = Inject(Page, 3, ["a.yml:1:1: error ST001: unknown key '<script>alert(1)</script>' & more"]);
        Assert.Contains("<body class=\"p\">\n<div class=\"steady-serve-errors\" role=\"alert\">", html, StringComparison.Ordinal);
        Assert.Contains("unknown key &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; &amp; more", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("/__steady/serve.css", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_list_of_errors_is_cut_and_says_how_many_more()
    {
        var errors = Enumerable.Range(1, HtmlInjection.BannerErrors + 5).Select(i => $"e{i}").ToArray();
        var html = Inject(Page, 1, errors);
        Assert.Contains($"e{HtmlInjection.BannerErrors}\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"e{HtmlInjection.BannerErrors + 1}\n", html, StringComparison.Ordinal);
        Assert.Contains("and 5 more, listed in the terminal", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fragment_without_head_or_body_still_gets_the_script()
    {
        var html = Inject("<p>hi</p>", 1, ["oops"]);
        Assert.StartsWith("<link rel=\"stylesheet\"", html, StringComparison.Ordinal);
        Assert.Contains("<p>hi</p>", html, StringComparison.Ordinal);
        Assert.EndsWith("</div>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_put_each_line_of_data_on_its_own_data_line()
    {
        Assert.Equal("event: failed\ndata: one\ndata:   hint: two\n\n", new ServeEvent("failed", "one\r\n  hint: two").ToWire());
    }

    [Theory]
    [InlineData("", "index.html")]
    [InlineData("projects/", "projects/index.html")]
    [InlineData("feeds/changes.atom", "feeds/changes.atom")]
    [InlineData("../steady.yml", null)]
    [InlineData("projects/../../x", null)]
    [InlineData(".nojekyll", null)]
    [InlineData("assets/.hidden/x.css", null)]
    [InlineData("a//b", null)]
    public void Request_paths_map_to_site_files_and_never_outside(string relative, string? expected) =>
        Assert.Equal(expected, ServeRequests.SitePath(relative));
}
