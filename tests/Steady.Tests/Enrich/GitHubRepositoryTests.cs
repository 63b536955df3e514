using Steady.Enrich;

namespace Steady.Tests.Enrich;

/// <summary>Which registry repositories are enriched.</summary>
public sealed class GitHubRepositoryTests
{
    [Theory]
    [InlineData("https://github.com/example-org/libexample", "example-org/libexample")]
    [InlineData("https://github.com/example-org/libexample/", "example-org/libexample")]
    [InlineData("https://GitHub.com/example-org/lib.example.git", "example-org/lib.example")]
    [InlineData("https://gitlab.com/example-org/libexample", null)]
    [InlineData("http://github.com/example-org/libexample", null)]
    [InlineData("https://github.com/example-org", null)]
    [InlineData("https://github.com/example-org/libexample/tree/main", null)]
    [InlineData("https://github.com/example-org/libexample?tab=readme", null)]
    [InlineData("https://github.com/-bad/libexample", null)]
    [InlineData("https://ghe.example.com/team/tool", null)]
    public void Only_github_com_repositories_count_by_default(string url, string? expected) =>
        Assert.Equal(expected, GitHubRepository.TryParse(url)?.ToString());

    [Theory]
    [InlineData("https://api.github.com/", null)]
    [InlineData("https://ghe.example.com/api/v3/", "ghe.example.com")]
    [InlineData("https://api.acme.ghe.com/", "acme.ghe.com")]
    public void The_api_address_names_the_enterprise_server(string api, string? host) =>
        Assert.Equal(host, GitHubRepository.ServerHost(new Uri(api)));

    [Fact]
    public void Repositories_on_the_enterprise_server_count_too() =>
        Assert.Equal("team/tool", GitHubRepository.TryParse("https://ghe.example.com/team/tool", "ghe.example.com")?.ToString());
}
