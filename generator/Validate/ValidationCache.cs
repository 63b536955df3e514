using System.Runtime.CompilerServices;
using Steady.Diagnostics;
using Steady.Model;

namespace Steady.Validate;

/// <summary>
/// What validation computes for one entry alone, by entry instance, for one as-of date: the diagnostics of
/// <see cref="ProjectRules"/> and what the cross-file rules compare (<see cref="ProjectClaims"/>, with the normalised
/// package and repository URLs). An entry read from an unchanged file (the same instance, see
/// <see cref="Load.RegistryFileCache"/>) is not worked on again, and the checks across entries run again only when
/// what they compare changed. Thread-safe. <c>steady serve</c> keeps one for the whole session.
/// </summary>
public sealed class ValidationCache(DateOnly asOf)
{
    private readonly ConditionalWeakTable<Project, IReadOnlyList<Diagnostic>> _checked = [];
    private readonly ConditionalWeakTable<Project, ProjectClaims> _claims = [];
    private Across? _across;

    /// <summary>The as-of date the cached checks were made for.</summary>
    public DateOnly AsOf => asOf;

    internal IReadOnlyList<Diagnostic> Check(Project project) =>
        _checked.GetValue(project, p =>
        {
            var bag = new DiagnosticBag();
            ProjectRules.Check(p, asOf, bag);
            return bag.Items.ToArray();
        });

    internal ProjectClaims Claims(Project project) => _claims.GetValue(project, p => ProjectClaims.Of(p, ProjectKeys.Of(p)));

    /// <summary>
    /// The problems the rules across entries find (<see cref="CrossFileRules"/>, <see cref="StewardRules"/>), taken
    /// from the last call when it had the same stewards and sponsors (the same lists) and the same claims: an edit
    /// that leaves every entry's claims where they were, such as a new summary or history event, finds the same.
    /// </summary>
    internal IReadOnlyList<Diagnostic> CheckAcross(
        ProjectClaims[] claims, IReadOnlyList<Steward> stewards, IReadOnlyList<Sponsor> sponsors)
    {
        if (Volatile.Read(ref _across) is { } last && ReferenceEquals(last.Stewards, stewards) &&
            ReferenceEquals(last.Sponsors, sponsors) && SameClaims(last.Claims, claims))
        {
            return last.Found;
        }

        var bag = new DiagnosticBag();
        CrossFileRules.Check(claims, stewards, sponsors, bag);
        StewardRules.Check(stewards, bag);
        var found = bag.Items.ToArray();
        Volatile.Write(ref _across, new Across(claims, stewards, sponsors, found));
        return found;
    }

    private sealed record Across(ProjectClaims[] Claims, IReadOnlyList<Steward> Stewards, IReadOnlyList<Sponsor> Sponsors, Diagnostic[] Found);

    private static bool SameClaims(ProjectClaims[] before, ProjectClaims[] after)
    {
        if (before.Length != after.Length)
        {
            return false;
        }

        for (var i = 0; i < after.Length; i++)
        {
            if (!before[i].SameAs(after[i]))
            {
                return false;
            }
        }

        return true;
    }
}
