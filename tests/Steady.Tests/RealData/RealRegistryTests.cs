using Steady.Model;
using Steady.Tests.Support;
using Steady.Text;
using Steady.Validate;

namespace Steady.Tests.RealData;

/// <summary>The real registry: valid, sourced, and explained by the policy page.</summary>
public sealed class RealRegistryTests
{
    private static readonly (Steady.Load.LoadResult Loaded, IReadOnlyList<Steady.Diagnostics.Diagnostic> Diagnostics) Result =
        RegistryValidator.LoadAndValidate(TestPaths.Registry, "registry-data", TestPaths.AsOf);

    [Fact]
    public void The_real_registry_validates_with_zero_errors()
    {
        Assert.DoesNotContain(Result.Diagnostics, d => d.IsError);
        Assert.True(Result.Loaded.Registry.Projects.Count >= 15, $"{Result.Loaded.Registry.Projects.Count} projects");
    }

    [Fact]
    public void Every_history_event_has_an_http_source_and_every_project_its_basics()
    {
        foreach (var p in Result.Loaded.Registry.Projects)
        {
            Assert.NotEmpty(p.History);
            Assert.All(p.History, e => Assert.True(TextRules.IsHttpUrl(e.Source), $"{p.Slug} {e.Date}: {e.Source}"));
            Assert.NotEmpty(p.Packages);
            Assert.True(p.Status.Reviewed <= TestPaths.AsOf);
        }
    }

    [Fact]
    public void Every_state_of_the_vocabulary_is_explained_on_the_policy_page()
    {
        var policy = File.ReadAllText(Path.Combine(TestPaths.Root, "content", "policy.md"));
        foreach (var state in Vocabulary.Names<ProjectState>())
        {
            Assert.Matches($@"(?m)^\|\s*`{System.Text.RegularExpressions.Regex.Escape(state)}`\s*\|\s*\S", policy);
        }
    }
}
