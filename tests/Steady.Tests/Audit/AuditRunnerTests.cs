using Steady.Audit;
using Steady.Tests.Support;

namespace Steady.Tests.Audit;

public sealed class AuditRunnerTests
{
    [Theory]
    [InlineData(AuditFailOn.Elevated, 1)]
    [InlineData(AuditFailOn.High, 1)]
    [InlineData(AuditFailOn.Never, 0)]
    public void Exit_code_follows_fail_on(AuditFailOn failOn, int expected)
    {
        using var output = new StringWriter();
        var code = AuditRunner.Run(SourceTree.PathOf(AuditFixtures.CycloneDx), AuditFixtureRegistry.Entries, failOn, AuditFormat.Text, output);
        Assert.Equal(expected, code);
        Assert.Contains("dependencies read, 20 matched, 15 under caution", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Elevated_only_passes_fail_on_high()
    {
        var entries = AuditFixtureRegistry.Entries.Where(e => e.Caution != AuditCautionLevel.High).ToList();
        using var output = new StringWriter();
        Assert.Equal(0, AuditRunner.Run(SourceTree.PathOf(AuditFixtures.PurlList), entries, AuditFailOn.High, AuditFormat.Markdown, output));
        Assert.Equal(1, AuditRunner.Run(SourceTree.PathOf(AuditFixtures.PurlList), entries, AuditFailOn.Elevated, AuditFormat.Markdown, output));
    }

    [Fact]
    public void No_registry_entries_means_nothing_matches()
    {
        using var output = new StringWriter();
        Assert.Equal(0, AuditRunner.Run(SourceTree.PathOf(AuditFixtures.Spdx), [], AuditFailOn.Elevated, AuditFormat.Text, output));
        Assert.Contains("No dependency matched a project in the registry.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_go_to_the_output_when_no_error_writer_is_given()
    {
        using var output = new StringWriter();
        Assert.Equal(2, AuditRunner.Run("/nonexistent/sbom.json", [], AuditFailOn.Elevated, AuditFormat.Json, output));
        Assert.Equal("error: /nonexistent/sbom.json: file not found\n", output.ToString());
    }

    [Fact]
    public void Tool_version_has_no_build_metadata() => Assert.DoesNotContain('+', AuditRunner.ToolVersion);

    [Theory]
    [InlineData("elevated", AuditFailOn.Elevated)]
    [InlineData("HIGH", AuditFailOn.High)]
    [InlineData("never", AuditFailOn.Never)]
    public void Fail_on_values_parse(string text, AuditFailOn expected)
    {
        Assert.True(AuditNames.TryParseFailOn(text, out var failOn));
        Assert.Equal(expected, failOn);
        Assert.Equal(text.ToLowerInvariant(), AuditNames.Of(failOn));
    }

    [Fact]
    public void Unknown_option_values_do_not_parse()
    {
        Assert.False(AuditNames.TryParseFailOn("low", out _));
        Assert.False(AuditNames.TryParseFormat("html", out _));
        Assert.True(AuditNames.TryParseFormat("SARIF", out var format));
        Assert.Equal(AuditFormat.Sarif, format);
    }
}
