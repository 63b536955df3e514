using Steady.Model;

namespace Steady.Serve;

/// <summary>
/// What a change of the inputs affects: the whole site (theme, content, enrichment, stewards or sponsors changed, or
/// a project was removed), or the files of some projects plus the site-wide files. A project's files depend on its
/// own entry, on the stewards and sponsors, and on the name of its successor; so when an entry changes, the projects
/// naming it as their successor are re-rendered with it.
/// </summary>
internal sealed record ChangeSet(bool Whole, IReadOnlySet<string> Projects)
{
    public static ChangeSet Everything { get; } = new(true, new HashSet<string>(StringComparer.Ordinal));

    public static ChangeSet Between(LiveInputs? before, LiveInputs after)
    {
        if (before is null || !before.Stamps.SameAs(after.Stamps) ||
            !SameItems(before.Data.Stewards, after.Data.Stewards) || !SameItems(before.Data.Sponsors, after.Data.Sponsors))
        {
            return Everything;
        }

        HashSet<string> changed;
        if (SameSlugs(before.Data.Projects, after.Data.Projects) is { } edited)
        {
            changed = edited;
        }
        else if (before.Data.Projects.Any(p => after.Data.Find(p.Slug) is null))
        {
            return Everything;
        }
        else
        {
            changed = after.Data.Projects
                .Where(p => before.Data.Find(p.Slug) is not { } was || !ReferenceEquals(was.Project, p.Project))
                .Select(p => p.Slug)
                .ToHashSet(StringComparer.Ordinal);
        }

        var naming = after.Data.Projects
            .Where(p => p.Project.Status.Successor is { } successor && changed.Contains(successor))
            .Select(p => p.Slug)
            .ToArray();
        changed.UnionWith(naming);
        return new ChangeSet(false, changed);
    }

    /// <summary>
    /// When both lists hold the same slugs in the same order (an edit of entries in place, the usual change), the
    /// slugs whose entry is another instance; else null.
    /// </summary>
    private static HashSet<string>? SameSlugs(IReadOnlyList<Derive.ProjectSignals> before, IReadOnlyList<Derive.ProjectSignals> after)
    {
        if (before.Count != after.Count)
        {
            return null;
        }

        var edited = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < after.Count; i++)
        {
            if (!string.Equals(before[i].Slug, after[i].Slug, StringComparison.Ordinal))
            {
                return null;
            }

            if (!ReferenceEquals(before[i].Project, after[i].Project))
            {
                edited.Add(after[i].Slug);
            }
        }

        return edited;
    }

    /// <summary>The same entries, read from unchanged files (the same instances), in the same order.</summary>
    private static bool SameItems<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
        where T : Located =>
        a.Count == b.Count && a.Zip(b).All(x => ReferenceEquals(x.First, x.Second));
}
