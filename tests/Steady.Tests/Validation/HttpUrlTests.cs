using Steady.Text;

namespace Steady.Tests.Validation;

/// <summary>Which addresses are links a page may carry: absolute http(s), with a host and no user information.</summary>
public sealed class HttpUrlTests
{
    [Theory]
    [InlineData("https://example.org")]
    [InlineData("https://example.org/")]
    [InlineData("HTTP://EXAMPLE.ORG/a?b=c#d")]
    [InlineData("https://medium.com/@someone/a-post")]
    [InlineData("https://example.org/?mail=a@b.org")]
    [InlineData("https://example.org/#@top")]
    [InlineData("https://[::1]:8443/x")]
    [InlineData("http://192.0.2.1/")]
    [InlineData("https://xn--bcher-kva.example/")]
    public void Absolute_http_addresses_with_a_host_are_links(string value) => Assert.True(TextRules.IsHttpUrl(value), value);

    [Theory]
    [InlineData("ftp://example.org/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("//example.org/")]
    [InlineData("/relative/path")]
    [InlineData("http:///no-host")]
    [InlineData("https://:443/")]
    [InlineData("http://")]
    [InlineData("https://user@example.org/")]
    [InlineData("https://user:secret@example.org/")]
    [InlineData("https://%40@example.org/")]
    [InlineData("https://example.org:99999/")]
    [InlineData("https://exa mple.org/")]
    [InlineData("https://example.org/\u0007")]
    public void Other_schemes_relative_addresses_user_information_and_bad_hosts_are_not(string value) =>
        Assert.False(TextRules.IsHttpUrl(value), value);

    /// <summary>
    /// The shortcut agrees with asking <see cref="Uri"/> for the host and the user information outright, on addresses
    /// made to put '@', ':' and the delimiters in every part.
    /// </summary>
    [Fact]
    public void The_answer_is_the_one_the_parsed_host_and_user_information_give()
    {
        string[] schemes = ["http://", "https://"];
        string[] users = ["", "@", "u@", "u:p@", "%40@", ":@"];
        string[] hosts = ["example.org", "", "[::1]", "10.0.0.1", "-", "ex@mple.org", ":80"];
        string[] rests = ["", "/", "/@a", "?q=@", "#@", ":8080/", "\\@x", "/a:b@c"];
        var compared = 0;
        foreach (var scheme in schemes)
        foreach (var user in users)
        foreach (var host in hosts)
        foreach (var rest in rests)
        {
            var value = scheme + user + host + rest;
            var expected = Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Host.Length > 0 && uri.UserInfo.Length == 0;
            Assert.True(expected == TextRules.IsHttpUrl(value), value);
            compared++;
        }

        Assert.Equal(2 * 6 * 7 * 8, compared);
    }
}
