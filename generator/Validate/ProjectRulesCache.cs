using System.Runtime.CompilerServices;
using Steady.Diagnostics;
using Steady.Model;

namespace Steady.Validate;

/// <summary>
/// The diagnostics of <see cref="ProjectRules"/> by project instance, for one as-of date: an entry read from an
/// unchanged file (the same instance, see <see cref="Load.RegistryFileCache"/>) is not checked again. Thread-safe.
/// </summary>
public sealed class ProjectRulesCache(DateOnly asOf)
{
    private readonly ConditionalWeakTable<Project, IReadOnlyList<Diagnostic>> _checked = [];

    /// <summary>The as-of date the cached checks were made for.</summary>
    public DateOnly AsOf => asOf;

    internal IReadOnlyList<Diagnostic> Check(Project project) =>
        _checked.GetValue(project, p =>
        {
            var bag = new DiagnosticBag();
            ProjectRules.Check(p, asOf, bag);
            return bag.Items.ToArray();
        });
}
