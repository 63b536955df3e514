using Steady.Audit;

namespace Steady.Tests.Audit;

/// <summary>Each fixture SBOM in each output format equals its golden file under tests/Golden/audit/.</summary>
public sealed class AuditGoldenTests
{
    public static TheoryData<string, string, AuditFormat, AuditFailOn, int> Cases() => new()
    {
        { AuditFixtures.CycloneDx, "cyclonedx.txt", AuditFormat.Text, AuditFailOn.Elevated, 1 },
        { AuditFixtures.CycloneDx, "cyclonedx.md", AuditFormat.Markdown, AuditFailOn.Elevated, 1 },
        { AuditFixtures.CycloneDx, "cyclonedx.json", AuditFormat.Json, AuditFailOn.Elevated, 1 },
        { AuditFixtures.CycloneDx, "cyclonedx.sarif", AuditFormat.Sarif, AuditFailOn.Elevated, 1 },
        { AuditFixtures.Spdx, "spdx.txt", AuditFormat.Text, AuditFailOn.High, 1 },
        { AuditFixtures.Spdx, "spdx.md", AuditFormat.Markdown, AuditFailOn.High, 1 },
        { AuditFixtures.Spdx, "spdx.json", AuditFormat.Json, AuditFailOn.High, 1 },
        { AuditFixtures.Spdx, "spdx.sarif", AuditFormat.Sarif, AuditFailOn.High, 1 },
        { AuditFixtures.PurlList, "purls.txt", AuditFormat.Text, AuditFailOn.Never, 0 },
        { AuditFixtures.PurlList, "purls.md", AuditFormat.Markdown, AuditFailOn.Never, 0 },
        { AuditFixtures.PurlList, "purls.json", AuditFormat.Json, AuditFailOn.Never, 0 },
        { AuditFixtures.PurlList, "purls.sarif", AuditFormat.Sarif, AuditFailOn.Never, 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_matches_golden_file(string sbom, string golden, AuditFormat format, AuditFailOn failOn, int exitCode)
    {
        var report = AuditFixtures.Report(sbom, failOn);
        Assert.Equal(exitCode, report.ExitCode);
        GoldenFile.Check("audit/" + golden, AuditFixtures.Render(report, format));
    }

    [Fact]
    public void Text_ends_with_the_summary_line_and_verdict()
    {
        var text = AuditFixtures.Render(AuditFixtures.Report(AuditFixtures.PurlList, AuditFailOn.High), AuditFormat.Text);
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal("9 dependencies read, 7 matched, 5 under caution", lines[^2]);
        Assert.Equal("FAIL: 1 dependency at or above high caution (--fail-on high)", lines[^1]);
    }

    [Fact]
    public void Same_input_gives_byte_identical_output()
    {
        foreach (var format in Enum.GetValues<AuditFormat>())
        {
            var first = AuditFixtures.Render(AuditFixtures.Report(AuditFixtures.CycloneDx), format);
            var second = AuditFixtures.Render(AuditFixtures.Report(AuditFixtures.CycloneDx), format);
            Assert.Equal(first, second);
        }
    }
}
