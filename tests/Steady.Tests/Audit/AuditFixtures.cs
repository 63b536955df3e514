using Steady.Audit;
using Steady.Tests.Support;

namespace Steady.Tests.Audit;

/// <summary>The committed audit fixtures and how to read them with stable, repository-relative names.</summary>
internal static class AuditFixtures
{
    public const string CycloneDx = "tests/Fixtures/audit/sbom.cdx.json";
    public const string Spdx = "tests/Fixtures/audit/sbom.spdx.json";
    public const string PurlList = "tests/Fixtures/audit/purls.txt";
    public const string ToolVersion = "0.0.0-test";

    public static SbomDocument Read(string relativePath) => SbomReader.Read(SourceTree.PathOf(relativePath), relativePath);

    public static AuditReport Report(string relativePath, AuditFailOn failOn = AuditFailOn.Elevated) =>
        AuditReport.Create(Read(relativePath), AuditFixtureRegistry.Entries, failOn, ToolVersion);

    public static string Render(AuditReport report, AuditFormat format)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        AuditReportWriter.Write(report, format, writer);
        return writer.ToString();
    }
}
