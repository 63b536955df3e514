using Steady.Guard;
using Steady.Guard.Report;

namespace Steady.Tests.Guard;

public sealed class GuardCorpusTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in GuardCorpus.All)
        {
            data.Add(scenario.Name);
        }

        return data;
    }

    [Fact]
    public void Corpus_has_at_least_twenty_distinct_scenarios()
    {
        Assert.True(GuardCorpus.All.Count >= 20);
        Assert.Equal(GuardCorpus.All.Count, GuardCorpus.All.Select(s => s.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Scenario_reaches_its_decision_and_matches_its_golden_report(string name)
    {
        var scenario = GuardCorpus.All.Single(s => s.Name == name);
        var report = GuardScenarioRunner.Run(scenario);

        var markdown = new StringWriter();
        MarkdownReport.Write(markdown, report);
        Golden.Match($"guard/{name}.md", markdown.ToString());
        Assert.True(scenario.Expected == report.Decision, $"{name}: expected {scenario.Expected}, got {report.Decision}\n{markdown}");
    }
}
