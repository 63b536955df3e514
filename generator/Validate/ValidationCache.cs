using System.Runtime.CompilerServices;
using Steady.Diagnostics;
using Steady.Model;

namespace Steady.Validate;

/// <summary>
/// What validation computes for one entry alone, by entry instance, for one as-of date: the diagnostics of
/// <see cref="ProjectRules"/> and the normalised package and repository URLs the cross-file rules compare. An entry read from an
/// unchanged file (the same instance, see <see cref="Load.RegistryFileCache"/>) is not worked on again; the checks
/// across entries still run on every call. Thread-safe. <c>steady serve</c> keeps one for the whole session.
/// </summary>
public sealed class ValidationCache(DateOnly asOf)
{
    private readonly ConditionalWeakTable<Project, IReadOnlyList<Diagnostic>> _checked = [];
    private readonly ConditionalWeakTable<Project, ProjectKeys> _keys = [];

    /// <summary>The as-of date the cached checks were made for.</summary>
    public DateOnly AsOf => asOf;

    internal IReadOnlyList<Diagnostic> Check(Project project) =>
        _checked.GetValue(project, p =>
        {
            var bag = new DiagnosticBag();
            ProjectRules.Check(p, asOf, bag);
            return bag.Items.ToArray();
        });

    internal ProjectKeys Keys(Project project) => _keys.GetValue(project, ProjectKeys.Of);
}
