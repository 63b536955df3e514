using Steady.Purl;
using Steady.Validate;

namespace Steady.Tests.Purl;

public sealed class RecentPurlsTests
{
    [Fact]
    public void A_purl_parsed_again_from_the_same_string_on_the_same_thread_is_the_one_parsed_before()
    {
        var text = new string("pkg:GitHub/Example-Org/LibExample".AsSpan());
        Assert.True(RecentPurls.TryParse(text, out var first, out _));
        Assert.True(RecentPurls.TryParse(text, out var again, out _));
        Assert.Same(first, again);
        Assert.Equal("pkg:github/example-org/libexample", again.ToString());

        // Equal text in another string is parsed anew, to the same value.
        var copy = new string(text.AsSpan());
        Assert.True(RecentPurls.TryParse(copy, out var fromCopy, out _));
        Assert.NotSame(first, fromCopy);
        Assert.Equal(first, fromCopy);
    }

    [Fact]
    public void Only_the_last_few_are_kept_and_only_for_their_thread()
    {
        var text = new string("pkg:npm/left-pad".AsSpan());
        Assert.True(RecentPurls.TryParse(text, out var first, out _));

        PackageUrl? elsewhere = null;
        var thread = new Thread(() => RecentPurls.TryParse(text, out elsewhere, out _));
        thread.Start();
        thread.Join();
        Assert.NotNull(elsewhere);
        Assert.NotSame(first, elsewhere);

        for (var i = 0; i < RecentPurls.Kept; i++)
        {
            Assert.True(RecentPurls.TryParse($"pkg:npm/other-{i}", out _, out _));
        }

        Assert.True(RecentPurls.TryParse(text, out var later, out _));
        Assert.NotSame(first, later);
        Assert.Equal(first, later);
    }

    [Theory]
    [InlineData("pkg:npm/")]
    [InlineData("npm/left-pad")]
    [InlineData("pkg:npm/%ZZ")]
    public void An_invalid_purl_gives_the_parser_error_every_time(string text)
    {
        Assert.False(PackageUrl.TryParse(text, out _, out var expected));
        Assert.False(RecentPurls.TryParse(text, out var purl, out var error));
        Assert.Null(purl);
        Assert.Equal(expected, error);
        Assert.False(RecentPurls.TryParse(text, out _, out var again));
        Assert.Equal(expected, again);
    }

    [Fact]
    public void The_cross_entry_key_of_a_checked_purl_is_its_canonical_text()
    {
        var text = new string("pkg:PyPI/Foo_Bar".AsSpan());
        Assert.Null(Steady.Text.TextRules.Check(Steady.Model.TextKind.Purl, text));
        Assert.Equal("pkg:pypi/foo-bar", CrossFileRules.PurlKey(text));
        Assert.Equal("not a purl", CrossFileRules.PurlKey("not a purl"));
    }
}
