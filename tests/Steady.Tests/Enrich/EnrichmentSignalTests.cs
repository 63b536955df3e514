using Steady.Derive;
using Steady.Diagnostics;
using Steady.Enrich;
using Steady.Load;
using Steady.Model;
using Steady.Validate;

namespace Steady.Tests.Enrich;

/// <summary>What the enrichment data changes downstream: caution, page notes and the validator warning.</summary>
public sealed class EnrichmentSignalTests
{
    [Fact]
    public async Task A_release_by_someone_who_is_not_a_maintainer_raises_caution_to_elevated_naming_the_release_and_account()
    {
        await using var run = await EnrichRun.StartAsync();
        await run.RunAsync();
        var registry = RegistryLoader.Load(run.Registry, "registry-data", EnrichRun.AsOf).Registry;

        var site = SignalDeriver.Derive(registry, EnrichRun.AsOf, EnrichmentStore.Load(run.Registry));

        var beta = site.Projects.Single(p => p.Slug == "betatool");
        Assert.Equal(CautionLevel.Elevated, beta.Caution.Level);
        var reason = Assert.Single(beta.Caution.Reasons, r => r.Cause == CautionCause.UnexpectedReleaser);
        Assert.Equal(new DateOnly(2026, 11, 2), reason.Since);
        Assert.Contains("release v2.0.0", reason.Text, StringComparison.Ordinal);
        Assert.Contains("mallory-x", reason.Text, StringComparison.Ordinal);
        Assert.Contains(beta.Notes, n => n.Contains("archived on GitHub", StringComparison.Ordinal));

        var alpha = site.Projects.Single(p => p.Slug == "libalpha");
        Assert.Equal(CautionLevel.None, alpha.Caution.Level);
        Assert.Contains(alpha.Notes, n => n.Contains("https://opencollective.com/libalpha", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_enrichment_the_signals_say_nothing_about_it()
    {
        var registry = RegistryLoader.Load(Workflows.RepositoryRoot.Combine("tests", "Fixtures", "enrich-registry"), "registry-data", EnrichRun.AsOf).Registry;

        var site = SignalDeriver.Derive(registry, EnrichRun.AsOf, EnrichmentStore.Load(Path.Combine(Path.GetTempPath(), "no-such-registry-" + Guid.NewGuid())));

        Assert.All(site.Projects, p => Assert.Equal(CautionLevel.None, p.Caution.Level));
        Assert.All(site.Projects, p => Assert.Empty(p.Notes));
    }

    [Fact]
    public async Task Validate_warns_WN003_when_github_says_archived_and_the_registry_says_active()
    {
        await using var run = await EnrichRun.StartAsync();
        await run.RunAsync();
        var loaded = RegistryLoader.Load(run.Registry, "registry-data", EnrichRun.AsOf);

        var diagnostics = RegistryValidator.Validate(loaded, EnrichRun.AsOf, EnrichmentStore.Load(run.Registry));
        var without = RegistryValidator.Validate(loaded, EnrichRun.AsOf);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ArchivedUpstream, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("registry-data/projects/betatool.yml", warning.At.Path);
        Assert.Equal(13, warning.At.Line);
        Assert.Contains("repository archived on GitHub but the registry says active", warning.Message, StringComparison.Ordinal);
        Assert.Empty(without);
    }
}
