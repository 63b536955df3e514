using Steady.Audit;
using Steady.Purl;

namespace Steady.Tests.Audit;

public sealed class AuditMarkdownTests
{
    [Fact]
    public void Registry_and_sbom_text_cannot_break_the_table_or_inject_html()
    {
        var entry = new AuditEntry(
            "evil", "Evil | <script>alert(1)</script>", "javascript:alert(1)", [PackageUrl.Parse("pkg:npm/evil")], null,
            "hiatus", AuditCautionLevel.Elevated, ["line one\nline two | [link](https://x.example) @someone"],
            [new("not a handle!", ["release"])], [new("funding", "x")]);
        var sbom = new SbomDocument("sbom `x`.json", SbomFormat.PurlList, null,
            [new SbomDependency("evil", "1", PackageUrl.Parse("pkg:npm/evil@1"), null, "line 1", 1)], []);
        var markdown = Render(AuditReport.Create(sbom, [entry], AuditFailOn.Elevated, "test"));

        var row = Assert.Single(markdown.Split('\n'), l => l.StartsWith("| **elevated**", StringComparison.Ordinal));
        Assert.Equal(9, row.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|'));
        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("](javascript:", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(" @someone", markdown, StringComparison.Ordinal);
        Assert.Contains("`sbom 'x'.json`", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_reports_are_cut_before_the_comment_limit()
    {
        var entries = Enumerable.Range(0, 2000)
            .Select(i => new AuditEntry($"p{i}", $"project {i}", $"https://steady.example/projects/p{i}/", [PackageUrl.Parse($"pkg:npm/p{i}")], null,
                "hiatus", AuditCautionLevel.Elevated, [new string('r', 200)], [], []))
            .ToList();
        var dependencies = entries.Select((e, i) => new SbomDependency($"p{i}", "1", PackageUrl.Parse($"pkg:npm/p{i}@1"), null, $"line {i + 1}", i + 1)).ToList();
        var report = AuditReport.Create(new SbomDocument("big.txt", SbomFormat.PurlList, null, dependencies, []), entries, AuditFailOn.Elevated, "test");

        var markdown = Render(report);

        Assert.InRange(markdown.Length, 40_000, 60_000);
        Assert.Contains("matches are not shown; run `steady audit --format json` for all.", markdown, StringComparison.Ordinal);
    }

    private static string Render(AuditReport report)
    {
        using var writer = new StringWriter();
        AuditMarkdownWriter.Write(report, writer);
        return writer.ToString();
    }
}
