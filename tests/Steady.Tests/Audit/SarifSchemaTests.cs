using System.Text.Json.Nodes;
using Json.Schema;
using Steady.Audit;
using Steady.Tests.Support;

namespace Steady.Tests.Audit;

/// <summary>The SARIF output validates against the OASIS SARIF 2.1.0 JSON Schema.</summary>
public sealed class SarifSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(SourceTree.PathOf("tests/Fixtures/sarif/sarif-schema-2.1.0.json"))));

    public static TheoryData<string, AuditFailOn> Reports() => new()
    {
        { AuditFixtures.CycloneDx, AuditFailOn.Elevated },
        { AuditFixtures.Spdx, AuditFailOn.High },
        { AuditFixtures.PurlList, AuditFailOn.Never },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void Sarif_output_is_valid(string sbom, AuditFailOn failOn)
    {
        var sarif = AuditFixtures.Render(AuditFixtures.Report(sbom, failOn), AuditFormat.Sarif);
        var result = Evaluate(sarif);
        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void Sarif_output_without_matches_is_valid()
    {
        var report = AuditReport.Create(AuditFixtures.Read(AuditFixtures.PurlList), [], AuditFailOn.Elevated, "0.0.0-test");
        var sarif = AuditFixtures.Render(report, AuditFormat.Sarif);
        Assert.True(Evaluate(sarif).IsValid);
        Assert.Contains("\"results\": []", sarif, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_rejects_a_broken_log()
    {
        var sarif = JsonNode.Parse(AuditFixtures.Render(AuditFixtures.Report(AuditFixtures.CycloneDx), AuditFormat.Sarif))!.AsObject();
        sarif["version"] = "2.0.0";
        sarif["runs"]![0]!["results"]![0]!["level"] = "fatal";
        Assert.False(Evaluate(sarif.ToJsonString()).IsValid);
    }

    [Fact]
    public void Results_carry_level_rule_and_project_url()
    {
        var log = AuditSarifWriter.ToLog(AuditFixtures.Report(AuditFixtures.CycloneDx));
        var results = log.Runs[0].Results;
        Assert.Equal(15, results.Count);
        Assert.All(results, r =>
        {
            Assert.Contains(r.Properties.ProjectUrl, r.Message.Text, StringComparison.Ordinal);
            Assert.Equal(log.Runs[0].Tool.Driver.Rules[r.RuleIndex].Id, r.RuleId);
            Assert.Equal(r.Properties.Caution == "high" ? "error" : "warning", r.Level);
        });
    }

    private static EvaluationResults Evaluate(string json) =>
        Schema.Value.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    private static string Describe(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.HasErrors)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
}
