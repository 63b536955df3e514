using Steady.Audit;
using Steady.Purl;

namespace Steady.Tests.Audit;

public sealed class RepositoryUrlTests
{
    [Theory]
    [InlineData("https://github.com/Example-Org/LibExample", "https://github.com/example-org/libexample")]
    [InlineData("http://www.github.com/example-org/libexample.git/", "https://github.com/example-org/libexample")]
    [InlineData("git+https://github.com/example-org/libexample.git", "https://github.com/example-org/libexample")]
    [InlineData("git+https://github.com/example-org/libexample.git@v1.2.3", "https://github.com/example-org/libexample")]
    [InlineData("git://github.com/example-org/libexample", "https://github.com/example-org/libexample")]
    [InlineData("git@github.com:example-org/libexample.git", "https://github.com/example-org/libexample")]
    [InlineData("ssh://git@github.com/example-org/libexample.git", "https://github.com/example-org/libexample")]
    [InlineData("https://user:secret@github.com/example-org/libexample?tab=readme#top", "https://github.com/example-org/libexample")]
    [InlineData("https://github.com/example-org/libexample/tree/main/src", "https://github.com/example-org/libexample")]
    [InlineData("https://gitlab.com/Group/Sub/Project/-/tree/main", "https://gitlab.com/group/sub/project")]
    [InlineData("https://git.example.org/Team/Repo.git", "https://git.example.org/Team/Repo")]
    [InlineData("https://git.example.org:8443/team/repo", "https://git.example.org:8443/team/repo")]
    [InlineData("HTTPS://Bitbucket.org/Owner/Repo/src/main/", "https://bitbucket.org/owner/repo")]
    public void Equivalent_forms_normalise_to_one_url(string input, string expected) =>
        Assert.Equal(expected, RepositoryUrl.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("NOASSERTION")]
    [InlineData("https://github.com")]
    [InlineData("https://github.com/only-owner")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("file:///home/me/repo")]
    [InlineData("javascript:alert(1)")]
    [InlineData("github.com/example-org/libexample")]
    public void Unusable_urls_give_null(string? input) => Assert.Null(RepositoryUrl.Normalize(input));

    [Fact]
    public void Different_repositories_stay_different()
    {
        Assert.NotEqual(RepositoryUrl.Normalize("https://github.com/a/b"), RepositoryUrl.Normalize("https://github.com/a/b-c"));
        Assert.NotEqual(RepositoryUrl.Normalize("https://github.com/a/b"), RepositoryUrl.Normalize("https://github.com.evil.example/a/b"));
        Assert.NotEqual(RepositoryUrl.Normalize("https://gitlab.com/a/b"), RepositoryUrl.Normalize("https://gitlab.com/a/b/c"));
        Assert.NotEqual(RepositoryUrl.Normalize("https://git.example.org/A/b"), RepositoryUrl.Normalize("https://git.example.org/a/b"));
    }

    [Theory]
    [InlineData("pkg:github/Example-Org/LibExample@v1", "https://github.com/example-org/libexample")]
    [InlineData("pkg:bitbucket/owner/repo", "https://bitbucket.org/owner/repo")]
    [InlineData("pkg:golang/github.com/owner/repo/v2@v2.0.0", "https://github.com/owner/repo")]
    [InlineData("pkg:golang/github.com/owner/repo/sub/pkg", "https://github.com/owner/repo")]
    [InlineData("pkg:npm/foo@1?vcs_url=git%2Bhttps://github.com/owner/foo.git", "https://github.com/owner/foo")]
    public void Some_purls_name_their_repository(string purl, string expected) =>
        Assert.Equal(expected, RepositoryUrl.FromPurl(PackageUrl.Parse(purl)));

    [Theory]
    [InlineData("pkg:npm/foo@1")]
    [InlineData("pkg:golang/golang.org/x/net")]
    [InlineData("pkg:golang/github.com/owner")]
    [InlineData("pkg:deb/debian/libexample")]
    public void Other_purls_name_none(string purl) => Assert.Null(RepositoryUrl.FromPurl(PackageUrl.Parse(purl)));
}
