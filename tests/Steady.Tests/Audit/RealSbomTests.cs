using Steady.Audit;
using Steady.Purl;

namespace Steady.Tests.Audit;

/// <summary>SBOMs written by the CycloneDX dotnet tool for this repository read cleanly and match.</summary>
public sealed class RealSbomTests
{
    [Fact]
    public void CycloneDx_tool_output_1_6_reads_every_package()
    {
        var sbom = AuditFixtures.Read("tests/Fixtures/audit/real/steady-1.6.cdx.json");
        Assert.Equal("1.6", sbom.SpecVersion);
        Assert.Equal(11, sbom.Dependencies.Count);
        Assert.All(sbom.Dependencies, d => Assert.Equal("nuget", d.Purl!.Type));
        Assert.Empty(sbom.Warnings);
    }

    [Fact]
    public void CycloneDx_tool_default_1_7_reads_with_a_version_warning()
    {
        var sbom = AuditFixtures.Read("tests/Fixtures/audit/real/steady-1.7.cdx.json");
        Assert.Equal(11, sbom.Dependencies.Count);
        Assert.Equal("$.specVersion", Assert.Single(sbom.Warnings).Location);
    }

    [Fact]
    public void A_real_dependency_matches_its_registry_entry()
    {
        var entry = new AuditEntry(
            "yamldotnet", "YamlDotNet", "https://steady.example/projects/yamldotnet/", [PackageUrl.Parse("pkg:nuget/YamlDotNet")],
            "https://github.com/aaubry/YamlDotNet", "hiatus", AuditCautionLevel.Elevated, ["state hiatus"], [], []);
        var report = AuditReport.Create(AuditFixtures.Read("tests/Fixtures/audit/real/steady-1.6.cdx.json"), [entry], AuditFailOn.Elevated, "test");

        var match = Assert.Single(report.Matches);
        Assert.Equal(AuditMatchKind.Package, match.Kind);
        Assert.Equal("pkg:nuget/YamlDotNet@18.1.0", match.Dependency.Display);
        Assert.Equal(1, report.ExitCode);
    }
}
