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

        // Each entry's own checks and claims do not depend on the others, so they are made in parallel; the
        // diagnostics are sorted at the end, so the result does not depend on the order the entries finish in.
        var projects = registry.Projects;
        var own = new IReadOnlyList<Diagnostic>[projects.Count];
        var claims = new ProjectClaims[projects.Count];
        Parallel.For(0, projects.Count, Parallelism.Options, i =>
        {
            var project = projects[i];
            own[i] = CheckEntry(project, loaded.Damaged.Contains(project.Slug), asOf, enrichment, cache);
            claims[i] = cache?.Claims(project) ?? ProjectClaims.Of(project, ProjectKeys.Of(project));
        });

        foreach (var found in own)
        {
            bag.AddRange(found);
        }

        if (cache is null)
        {
            CrossFileRules.Check(claims, registry.Stewards, registry.Sponsors, bag);
            StewardRules.Check(registry.Stewards, bag);
        }
        else
        {
            bag.AddRange(cache.CheckAcross(claims, registry.Stewards, registry.Sponsors));
        }

        return bag.Sorted();
    }

    /// <summary>
    /// Validates a registry folder as <see cref="Validate"/> validates the whole registry, with the same diagnostics,
    /// while holding of each entry only what the rules across entries compare (see <see cref="CheckEntries"/>).
    /// </summary>
    public static FolderValidation ValidateFolder(
        string registryDir, string displayRoot, DateOnly asOf, Func<string, Enrichment?>? enrichment = null)
    {
        var entries = CheckEntries(registryDir, displayRoot, asOf, enrichment, keepProjects: false);
        return new FolderValidation(entries.Count, entries.Registry.Stewards.Count, entries.Registry.Sponsors.Count, entries.CheckAcross());
    }

    /// <summary>
    /// Reads a registry folder and makes each entry's own checks as soon as the entry is read, keeping of it what the
    /// rules across entries compare and, with <paramref name="keepProjects"/>, the entry itself without its source
    /// positions: every problem that needs a position in that entry alone has been found by then.
    /// <see cref="CheckedEntries.CheckAcross"/> ends the validation.
    /// </summary>
    public static CheckedEntries CheckEntries(
        string registryDir, string displayRoot, DateOnly asOf, Func<string, Enrichment?>? enrichment, bool keepProjects)
    {
        var found = new System.Collections.Concurrent.ConcurrentBag<(ProjectClaims Claims, IReadOnlyList<Diagnostic> Own, Project? Kept)>();
        var loaded = RegistryLoader.Inspect(registryDir, displayRoot, asOf, (project, damaged) =>
            found.Add((
                ProjectClaims.Of(project, ProjectKeys.Of(project)),
                CheckEntry(project, damaged, asOf, enrichment, null),
                keepProjects ? project with { Source = SourceMap.Empty } : null)));

        // Sorted by slug, the order of a registry as loaded, so nothing depends on which entry was read first.
        var entries = found.OrderBy(e => e.Claims.Slug, StringComparer.Ordinal).ToArray();
        var registry = loaded.Registry with { Projects = entries.Select(e => e.Kept).OfType<Project>().ToArray() };
        return new CheckedEntries(registry, loaded.Diagnostics, entries.Select(e => e.Claims).ToArray(), entries.Select(e => e.Own).ToArray());
    }

    /// <summary>The checks of one entry alone (none but the enrichment warning for an entry read only in part).</summary>
    private static IReadOnlyList<Diagnostic> CheckEntry(
        Project project, bool damaged, DateOnly asOf, Func<string, Enrichment?>? enrichment, ValidationCache? cache)
    {
        var archived = project.Status.State == ProjectState.Active && enrichment?.Invoke(project.Slug) is { Archived: true };
        if (cache is not null && !archived)
        {
            return damaged ? [] : cache.Check(project);
        }

        var found = new DiagnosticBag();
        if (!damaged)
        {
            if (cache is null)
            {
                ProjectRules.Check(project, asOf, found);
            }
            else
            {
                found.AddRange(cache.Check(project));
            }
        }

        if (archived)
        {
            found.Warning(DiagnosticCodes.ArchivedUpstream, project.Source.Find("status.state"),
                "repository archived on GitHub but the registry says active",
                "if the project is retired, record a status event (archived, deprecated or maintenance-only); if it moved, update `repository:`");
        }

        return found.Items;
    }

    /// <summary>Loads and validates a registry folder in one call.</summary>
    public static (LoadResult Loaded, IReadOnlyList<Diagnostic> Diagnostics) LoadAndValidate(
        string registryDir, string displayRoot, DateOnly asOf, Func<string, Enrichment?>? enrichment = null)
    {
        var loaded = RegistryLoader.Load(registryDir, displayRoot, asOf);
        return (loaded, Validate(loaded, asOf, enrichment));
    }
}
