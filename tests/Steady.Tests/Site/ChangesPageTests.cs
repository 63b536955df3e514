using Steady.Config;
using Steady.Derive;
using Steady.Plan;
using Steady.Plan.Models;
using Steady.Synthetic;
using Steady.Tests.Support;
using Steady.Validate;

namespace Steady.Tests.Site;

/// <summary>/changes/ stays bounded on a large registry: the newest events, and where to find the rest.</summary>
public sealed class ChangesPageTests
{
    [Fact]
    public void A_large_registry_lists_the_newest_changes_and_counts_them_all()
    {
        using var temp = new TempDirectory();
        var registry = Path.Combine(temp.Path, "registry");
        SyntheticRegistry.Write(300, 7, registry);
        var (loaded, diagnostics) = RegistryValidator.LoadAndValidate(registry, "registry", TestPaths.AsOf);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        var data = SignalDeriver.Derive(loaded.Registry, TestPaths.AsOf);
        var urls = new SiteUrls("https://org.example/registry/");

        var plan = PlanSite.Plan(data, [], SiteSettings.Default, urls);

        var changes = plan.Pages.Select(p => p.Model).OfType<ChangesPageModel>().Single();
        var events = loaded.Registry.Projects.Sum(p => p.History.Count);
        Assert.True(events > PlanSite.ChangesPageSize, $"{events} events");
        Assert.Equal(PlanSite.ChangesPageSize, changes.Changes.Count);
        Assert.Equal(events, changes.Total);
        Assert.Equal("/registry/api/v1/full.json", changes.FullHistory);

        // The same events as sorting every event of the registry, in the same order.
        var views = new ViewFactory(data, SiteSettings.Default, urls);
        var expected = data.Projects.SelectMany(p => views.History(p.Project))
            .OrderByDescending(e => e.Date, StringComparer.Ordinal)
            .ThenBy(e => e.ProjectUrl, StringComparer.Ordinal)
            .ThenByDescending(e => e.Id, StringComparer.Ordinal)
            .Take(PlanSite.ChangesPageSize)
            .Select(e => (e.ProjectUrl, e.Id))
            .ToArray();
        Assert.Equal(expected, changes.Changes.Select(e => (e.ProjectUrl, e.Id)).ToArray());
        Assert.Equal(expected.Length, expected.Distinct().Count());
        Assert.Contains(changes.Changes, e => e.Date == changes.Changes[^1].Date);
    }
}
