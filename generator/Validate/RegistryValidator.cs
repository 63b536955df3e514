using Steady.Derive;
using Steady.Diagnostics;
using Steady.Load;
using Steady.Model;
using Steady.Text;

namespace Steady.Validate;

/// <summary>
/// The rules across fields and files that the loader cannot check alone. Entries that could not be read whole
/// get only the cross-file checks, so one mistake does not cascade into many confusing ones.
/// </summary>
public static class RegistryValidator
{
    /// <summary>Months after which an entry's <c>reviewed</c> date makes it stale.</summary>
    public const int StaleAfterMonths = 12;

    /// <param name="loaded">The registry as read.</param>
    /// <param name="asOf">The date time-dependent rules use.</param>
    /// <param name="enrichment">GitHub data by slug (<c>EnrichmentStore.Load</c>), for the warnings that need it; optional.</param>
    /// <param name="cache">Checks of entries already made, reused for the same entry instances; optional.</param>
    public static IReadOnlyList<Diagnostic> Validate(
        LoadResult loaded, DateOnly asOf, Func<string, Enrichment?>? enrichment = null, ValidationCache? cache = null)
    {
        if (cache is not null && cache.AsOf != asOf)
        {
            throw new ArgumentException($"the cache holds checks made for {cache.AsOf:yyyy-MM-dd}, not {asOf:yyyy-MM-dd}", nameof(cache));
        }

        var bag = new DiagnosticBag();
        bag.AddRange(loaded.Diagnostics);
        var registry = loaded.Registry;

        foreach (var project in registry.Projects)
        {
            if (!loaded.Damaged.Contains(project.Slug))
            {
                if (cache is null)
                {
                    ProjectRules.Check(project, asOf, bag);
                }
                else
                {
                    bag.AddRange(cache.Check(project));
                }
            }

            if (project.Status.State == ProjectState.Active && enrichment?.Invoke(project.Slug) is { Archived: true })
            {
                bag.Warning(DiagnosticCodes.ArchivedUpstream, project.Source.Find("status.state"),
                    "repository archived on GitHub but the registry says active",
                    "if the project is retired, record a status event (archived, deprecated or maintenance-only); if it moved, update `repository:`");
            }
        }

        CrossFileRules.Check(registry, bag, cache is null ? null : cache.Keys);
        StewardRules.Check(registry.Stewards, bag);
        return bag.Sorted();
    }

    /// <summary>Loads and validates a registry folder in one call.</summary>
    public static (LoadResult Loaded, IReadOnlyList<Diagnostic> Diagnostics) LoadAndValidate(
        string registryDir, string displayRoot, DateOnly asOf, Func<string, Enrichment?>? enrichment = null)
    {
        var loaded = RegistryLoader.Load(registryDir, displayRoot, asOf);
        return (loaded, Validate(loaded, asOf, enrichment));
    }
}
