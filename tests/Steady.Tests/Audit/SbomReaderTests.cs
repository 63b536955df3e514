using System.Text;
using Steady.Audit;

namespace Steady.Tests.Audit;

public sealed class SbomReaderTests
{
    [Fact]
    public void CycloneDx_reads_nested_components_group_and_vcs()
    {
        var sbom = Parse("""
            {"bomFormat":"CycloneDX","specVersion":"1.6","metadata":{"component":{"name":"app","purl":"pkg:npm/app@1"}},
             "components":[{"type":"library","group":"org.x","name":"y","version":"1.0","purl":"pkg:maven/org.x/y@1.0",
               "externalReferences":[{"type":"website","url":"https://x.example"},{"type":"vcs","url":"https://github.com/x/y.git"}],
               "components":[{"name":"z","purl":"pkg:maven/org.x/z@1.0"}]}],
             "services":[{"name":"not-a-dependency"}]}
            """);
        Assert.Equal(SbomFormat.CycloneDx, sbom.Format);
        Assert.Equal("1.6", sbom.SpecVersion);
        Assert.Equal(["org.x/y", "z"], sbom.Dependencies.Select(d => d.Name));
        Assert.Equal("https://github.com/x/y", sbom.Dependencies[0].Repository);
        Assert.Equal("$.components[0].components[0]", sbom.Dependencies[1].Location);
        Assert.Empty(sbom.Warnings);
    }

    [Theory]
    [InlineData("1.4")]
    [InlineData("1.5")]
    [InlineData("1.6")]
    public void CycloneDx_versions_1_4_to_1_6_are_read_without_warning(string version)
    {
        var sbom = Parse($$"""{"bomFormat":"CycloneDX","specVersion":"{{version}}","components":[{"name":"a","purl":"pkg:npm/a@1"}]}""");
        Assert.Single(sbom.Dependencies);
        Assert.Empty(sbom.Warnings);
    }

    [Fact]
    public void Other_CycloneDx_1_x_versions_are_read_with_a_warning()
    {
        var sbom = Parse("""{"bomFormat":"CycloneDX","specVersion":"1.7","components":[{"name":"a"}]}""");
        Assert.Single(sbom.Dependencies);
        Assert.Equal("$.specVersion", Assert.Single(sbom.Warnings).Location);
    }

    [Fact]
    public void Spdx_takes_the_purl_reference_and_a_vcs_download_location()
    {
        var sbom = Parse("""
            {"spdxVersion":"SPDX-2.3","packages":[
              {"name":"a","versionInfo":"1","downloadLocation":"git+https://github.com/o/a.git@v1",
               "externalRefs":[{"referenceCategory":"SECURITY","referenceType":"cpe23Type","referenceLocator":"cpe:2.3:a:o:a:1:*:*:*:*:*:*:*"},
                               {"referenceCategory":"PACKAGE-MANAGER","referenceType":"purl","referenceLocator":"pkg:npm/a@1"}]},
              {"name":"b","downloadLocation":"https://registry.npmjs.org/b/-/b-1.0.0.tgz"},
              {"name":"c","downloadLocation":"NOASSERTION"},
              {"name":"d","downloadLocation":"https://github.com/o/d/archive/refs/tags/v1.tar.gz"}]}
            """);
        Assert.Equal(SbomFormat.Spdx, sbom.Format);
        Assert.Equal("pkg:npm/a@1", sbom.Dependencies[0].Purl!.ToString());
        Assert.Equal(["https://github.com/o/a", null, null, "https://github.com/o/d"], sbom.Dependencies.Select(d => d.Repository));
    }

    [Fact]
    public void Purl_list_skips_comments_and_blanks_and_keeps_line_numbers()
    {
        var sbom = Parse("# header\n\npkg:npm/a@1\r\n  # indented\n  pkg:pypi/B_c@2  \npkg:npm/a@1\n");
        Assert.Equal(SbomFormat.PurlList, sbom.Format);
        Assert.Equal(["pkg:npm/a@1", "pkg:pypi/b-c@2"], sbom.Dependencies.Select(d => d.Display));
        Assert.Equal([3, 5], sbom.Dependencies.Select(d => d.Line!.Value));
    }

    [Fact]
    public void Invalid_purls_are_warnings_and_the_dependency_stays()
    {
        var sbom = Parse("""{"bomFormat":"CycloneDX","specVersion":"1.5","components":[{"name":"a","version":"1","purl":"pkg:npm/%ZZ"}]}""");
        var dependency = Assert.Single(sbom.Dependencies);
        Assert.Null(dependency.Purl);
        Assert.Equal("a@1", dependency.Display);
        var warning = Assert.Single(sbom.Warnings);
        Assert.Equal("$.components[0]", warning.Location);
        Assert.Contains("purl 'pkg:npm/%ZZ' ignored", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"spdxVersion":"SPDX-2.3","packages":[]}""")).ToArray();
        Assert.Equal(SbomFormat.Spdx, SbomReader.Parse(bytes, "bom.json").Format);
    }

    [Fact]
    public void Control_characters_in_names_are_neutralised()
    {
        var sbom = Parse("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"components\":[{\"name\":\"evil\\u001b[31m\\u202ename\"}]}");
        Assert.Equal("evil?[31m?name", Assert.Single(sbom.Dependencies).Name);
    }

    private static SbomDocument Parse(string text) => SbomReader.Parse(Encoding.UTF8.GetBytes(text), "test.json");
}
