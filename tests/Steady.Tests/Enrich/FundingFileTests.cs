using System.Text;
using Steady.Enrich;

namespace Steady.Tests.Enrich;

/// <summary>FUNDING.yml is untrusted: known keys become URLs, everything else is ignored or rejected with a reason.</summary>
public sealed class FundingFileTests
{
    private static FundingResult Parse(string text) => FundingFile.Parse(Encoding.UTF8.GetBytes(text), "FUNDING.yml");

    [Fact]
    public void Every_known_key_becomes_a_url_sorted_and_distinct()
    {
        var result = Parse("""
            github: [one, two]
            patreon: pat
            open_collective: oc
            ko_fi: kofi
            tidelift: pypi/some-package
            community_bridge: cb
            liberapay: lp
            issuehunt: ih
            lfx_crowdfunding: lfx
            polar: pol
            buy_me_a_coffee: bmc
            thanks_dev: u/gh/someone
            custom: [https://example.org/give, example.net/pay, https://example.org/give]
            """);

        Assert.Null(result.Problem);
        Assert.Equal(
        [
            "https://buymeacoffee.com/bmc",
            "https://crowdfunding.lfx.linuxfoundation.org/projects/lfx",
            "https://example.net/pay",
            "https://example.org/give",
            "https://funding.communitybridge.org/projects/cb",
            "https://github.com/sponsors/one",
            "https://github.com/sponsors/two",
            "https://issuehunt.io/r/ih",
            "https://ko-fi.com/kofi",
            "https://liberapay.com/lp",
            "https://opencollective.com/oc",
            "https://polar.sh/pol",
            "https://thanks.dev/u/gh/someone",
            "https://tidelift.com/funding/github/pypi/some-package",
            "https://www.patreon.com/pat",
        ], result.Urls);
        Assert.Equal(13, FundingFile.Keys.Count);
    }

    [Theory]
    [InlineData("otechie: someone\nunknown: [1, 2]")]
    [InlineData("github: # Replace with up to 4 GitHub Sponsors-enabled usernames")]
    [InlineData("# only comments\n")]
    [InlineData("github: ../../evil\npatreon: \"a b\"\nko_fi: {nested: map}\ntidelift: too/many/parts")]
    [InlineData("custom: [\"javascript:alert(1)\", \"ftp://example.org/\", \"https://user:pw@example.org/\", \"localhost\"]")]
    public void Unknown_keys_empty_values_and_unsafe_values_are_ignored(string text)
    {
        var result = Parse(text);

        Assert.Null(result.Problem);
        Assert.Empty(result.Urls);
    }

    [Theory]
    [InlineData("github: &me someone\npatreon: *me", "FUNDING.yml:1:9: anchor '&me' is not allowed")]
    [InlineData("github: !!str someone", "tag 'tag:yaml.org,2002:str' is not allowed")]
    [InlineData("github: [unclosed", "FUNDING.yml:")]
    [InlineData("- github\n- patreon", "expected keys such as `github:`")]
    [InlineData("github: a\ngithub: b", "duplicate key 'github'")]
    public void Unsafe_or_malformed_files_are_rejected_with_the_reason(string text, string expected)
    {
        var result = Parse(text);

        Assert.Empty(result.Urls);
        Assert.NotNull(result.Problem);
        Assert.Contains(expected, result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_64_KiB_is_rejected_before_it_is_parsed()
    {
        var result = FundingFile.Parse(new byte[FundingFile.MaxBytes + 1], ".github/FUNDING.yml");

        Assert.Equal(".github/FUNDING.yml: file is 65,537 bytes; the limit is 65,536", result.Problem);
    }
}
