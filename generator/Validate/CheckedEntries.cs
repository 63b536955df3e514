using Steady.Diagnostics;
using Steady.Model;

namespace Steady.Validate;

/// <summary>
/// A registry folder read with each entry checked on its own (<see cref="RegistryValidator.CheckEntries"/>): the
/// registry as kept, and what the rules across entries still have to compare.
/// </summary>
public sealed class CheckedEntries
{
    private readonly IReadOnlyList<Diagnostic> _loadDiagnostics;
    private readonly ProjectClaims[] _claims;
    private readonly IReadOnlyList<Diagnostic>[] _own;

    internal CheckedEntries(Registry registry, IReadOnlyList<Diagnostic> loadDiagnostics, ProjectClaims[] claims, IReadOnlyList<Diagnostic>[] own)
    {
        Registry = registry;
        _loadDiagnostics = loadDiagnostics;
        _claims = claims;
        _own = own;
    }

    /// <summary>The stewards, the sponsors and the projects kept, without source positions, sorted by slug.</summary>
    public Registry Registry { get; }

    /// <summary>How many project entries were read.</summary>
    public int Count => _claims.Length;

    /// <summary>Runs the rules across entries and returns every diagnostic of the registry, sorted.</summary>
    public IReadOnlyList<Diagnostic> CheckAcross()
    {
        var bag = new DiagnosticBag();
        bag.AddRange(_loadDiagnostics);
        foreach (var own in _own)
        {
            bag.AddRange(own);
        }

        CrossFileRules.Check(_claims, Registry.Stewards, Registry.Sponsors, bag);
        StewardRules.Check(Registry.Stewards, bag);
        return bag.Sorted();
    }
}
