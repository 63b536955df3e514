using Steady.Purl;

namespace Steady.Tests.Purl;

public sealed class PackageUrlTests
{
    [Theory]
    [InlineData("pkg:deb/debian/libexample@1.2-3?arch=amd64", "pkg:deb/debian/libexample")]
    [InlineData("pkg:npm/%40scope/Name@1.0.0#lib/x.js", "pkg:npm/%40scope/name")]
    [InlineData("pkg:github/Example-Org/LibExample", "pkg:github/example-org/libexample")]
    [InlineData("pkg:pypi/Foo_Bar@2.0?file_name=x.whl", "pkg:pypi/foo-bar")]
    public void Versionless_key_drops_version_qualifiers_and_subpath(string text, string key) =>
        Assert.Equal(key, PackageUrl.Parse(text).VersionlessKey);

    [Fact]
    public void Equal_when_canonical_forms_are_equal()
    {
        var a = PackageUrl.Parse("pkg:Maven/org.x/y@1?b=2&a=1");
        var b = PackageUrl.Parse("pkg://maven/org.x/y@1?a=1&b=2");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, PackageUrl.Parse("pkg:maven/org.x/y@2?a=1&b=2"));
    }

    [Fact]
    public void Canonical_form_encodes_reserved_characters()
    {
        Assert.True(PackageUrl.TryCreate("generic", "a b", "n#1", "1.0+build/x", [new("url", "https://h/p?q=1&r")], "d e/f", out var purl, out var error), error);
        Assert.Equal("pkg:generic/a%20b/n%231@1.0%2Bbuild%2Fx?url=https://h/p%3Fq%3D1%26r#d%20e/f", purl!.ToString());
        Assert.Equal(purl, PackageUrl.Parse(purl.ToString()));
    }

    [Fact]
    public void Empty_qualifier_values_are_dropped()
    {
        var purl = PackageUrl.Parse("pkg:npm/foo@1?a=&b=2&");
        Assert.Equal("pkg:npm/foo@1?b=2", purl.ToString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("pkg:npm/foo bar", "space")]
    [InlineData("pkg:npm/foo\u0001", "control")]
    [InlineData("https://github.com/x/y", "scheme is 'https:'")]
    [InlineData("pkg:npm/foo%G1", "two hex digits")]
    [InlineData("pkg:npm/foo%", "two hex digits")]
    [InlineData("pkg:npm/foo%FF%FE", "not valid UTF-8")]
    [InlineData("pkg:npm/foo%00", "control character")]
    [InlineData("pkg:npm/foo?a=1&A=2", "more than once")]
    [InlineData("pkg:npm/foo?novalue", "no '='")]
    [InlineData("pkg:npm/foo?1a=x", "qualifier key '1a'")]
    [InlineData("pkg:gem/rails/activesupport", "has no namespace")]
    [InlineData("pkg:github/libexample", "needs a namespace")]
    [InlineData("pkg:deb/libexample", "needs a namespace")]
    [InlineData("pkg:maven/x%2Fy/z", "encoded '/'")]
    [InlineData("pkg:npm/foo@", "not followed by a version")]
    [InlineData("pkg:npm", "name is missing")]
    [InlineData("pkg:3d/x", "must start with a letter")]
    public void Invalid_purls_get_a_one_line_message(string text, string fragment)
    {
        Assert.False(PackageUrl.TryParse(text, out var purl, out var error));
        Assert.Null(purl);
        Assert.NotNull(error);
        Assert.Contains(fragment, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public void Overlong_purls_are_rejected()
    {
        var text = "pkg:npm/" + new string('a', PackageUrl.MaxLength);
        Assert.False(PackageUrl.TryParse(text, out _, out var error));
        Assert.Contains("longer than", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_throws_format_exception_naming_the_purl()
    {
        var ex = Assert.Throws<FormatException>(() => PackageUrl.Parse("pkg:github/x"));
        Assert.Contains("pkg:github/x", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unscoped_at_sign_in_npm_scope_is_accepted()
    {
        var purl = PackageUrl.Parse("pkg:npm/@angular/core@17.0.0");
        Assert.Equal("@angular", purl.Namespace);
        Assert.Equal("core", purl.Name);
        Assert.Equal("17.0.0", purl.Version);
        Assert.Equal("pkg:npm/%40angular/core@17.0.0", purl.ToString());
    }

    [Fact]
    public void Dot_segments_of_the_subpath_are_dropped()
    {
        Assert.Equal("pkg:golang/golang.org/x/net#http2", PackageUrl.Parse("pkg:golang/golang.org/x/net#./http2/../").ToString());
        Assert.Equal("pkg:golang/golang.org/x/net", PackageUrl.Parse("pkg:golang/golang.org/x/net#./..").ToString());
    }
}
