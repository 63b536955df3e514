using Steady.Plan;

namespace Steady.Tests.Site;

/// <summary>The scheme allow-list of links from registry data and Markdown.</summary>
public sealed class LinkPolicyTests
{
    private static readonly SiteUrls Urls = new("https://example.org/registry/");

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//evil.example/x")]
    [InlineData("\\\\evil.example/x")]
    [InlineData("/\\evil.example/x")]
    [InlineData(":no-scheme")]
    public void Refuses_script_schemes_other_schemes_and_protocol_relative_links(string url)
    {
        Assert.Null(LinkPolicy.Markdown(url, Urls));
        Assert.Null(LinkPolicy.External(url));
    }

    [Theory]
    [InlineData("https://example.com/a?b=c#d", "https://example.com/a?b=c#d")]
    [InlineData("http://example.com/", "http://example.com/")]
    [InlineData("mailto:someone@example.org", "mailto:someone@example.org")]
    [InlineData("/projects/", "/registry/projects/")]
    [InlineData("/", "/registry/")]
    [InlineData("../contribute/", "../contribute/")]
    [InlineData("#section", "#section")]
    [InlineData("?q=x", "?q=x")]
    public void Keeps_allowed_links_and_puts_site_links_under_the_base_path(string url, string expected) =>
        Assert.Equal(expected, LinkPolicy.Markdown(url, Urls));

    [Theory]
    [InlineData("https://example.com/")]
    [InlineData("http://example.com/x")]
    public void Registry_links_must_be_absolute_http(string url) => Assert.Equal(url, LinkPolicy.External(url));

    [Theory]
    [InlineData("mailto:someone@example.org")]
    [InlineData("/projects/")]
    [InlineData("https:example.com")]
    public void Registry_links_refuse_anything_else(string url) => Assert.Null(LinkPolicy.External(url));
}
