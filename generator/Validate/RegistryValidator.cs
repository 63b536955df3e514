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

    public static IReadOnlyList<Diagnostic> Validate(LoadResult loaded, DateOnly asOf)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(loaded.Diagnostics);
        var registry = loaded.Registry;

        foreach (var project in registry.Projects)
        {
            if (!loaded.Damaged.Contains(project.Slug))
            {
                ProjectRules.Check(project, asOf, bag);
            }
        }

        CrossFileRules.Check(registry, bag);
        StewardRules.Check(registry.Stewards, bag);
        return bag.Sorted();
    }

    /// <summary>Loads and validates a registry folder in one call.</summary>
    public static (LoadResult Loaded, IReadOnlyList<Diagnostic> Diagnostics) LoadAndValidate(string registryDir, string displayRoot, DateOnly asOf)
    {
        var loaded = RegistryLoader.Load(registryDir, displayRoot, asOf);
        return (loaded, Validate(loaded, asOf));
    }
}
