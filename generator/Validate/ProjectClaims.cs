using Steady.Model;

namespace Steady.Validate;

/// <summary>
/// What the rules across files look at in one entry: the stewards, sponsors and successor it names, and the packages
/// and repository it claims. Small enough to keep for every entry when the entries themselves are not kept.
/// </summary>
internal sealed record ProjectClaims(
    string Slug,
    // Only the positions the rules across files point at (see ClaimPaths), not the whole entry's.
    SourceMap Source,
    IReadOnlyList<string> InterimStewards,
    IReadOnlyList<string> Sponsors,
    string? Successor,
    IReadOnlyList<string> Packages,
    ProjectKeys Keys)
{
    public static ProjectClaims Of(Project project, ProjectKeys keys) => new(
        project.Slug,
        project.Source.Subset(ClaimPaths.Selection),
        project.InterimStewards.Select(s => s.Github).ToArray(),
        (project.Funding?.Sources ?? []).Select(s => s.Sponsor).ToArray(),
        project.Status.Successor,
        project.Packages,
        keys);

    /// <summary>Whether both claim the same, at the same positions: the rules across files find the same in both.</summary>
    public bool SameAs(ProjectClaims other) =>
        ReferenceEquals(this, other) ||
        (Slug == other.Slug && Successor == other.Successor && Keys.Repository == other.Keys.Repository &&
         Source.SameAs(other.Source) &&
         InterimStewards.SequenceEqual(other.InterimStewards) && Sponsors.SequenceEqual(other.Sponsors) &&
         Packages.SequenceEqual(other.Packages) && Keys.Purls.SequenceEqual(other.Keys.Purls));
}

/// <summary>
/// The value paths the rules across files report at (<see cref="CrossFileRules"/>), and every parent of them, which
/// <see cref="SourceMap.Find"/> falls back to when a value is missing.
/// </summary>
internal static class ClaimPaths
{
    public static readonly PathSelection Selection = new(IsClaimed);

    public static bool IsClaimed(string path) =>
        path is "" or "repository" or "packages" or "status" or "status.successor" or "interim_stewards" or "funding" or "funding.sources" ||
        IsItem(path, "packages[", "") || IsItem(path, "interim_stewards[", ".github") || IsItem(path, "funding.sources[", ".sponsor");

    /// <summary><c>list[3]</c>, or <c>list[3]</c> followed by <paramref name="member"/>.</summary>
    private static bool IsItem(string path, string list, string member)
    {
        if (!path.StartsWith(list, StringComparison.Ordinal))
        {
            return false;
        }

        var close = path.IndexOf(']', list.Length);
        return close > list.Length && (close == path.Length - 1 || path.AsSpan(close + 1).SequenceEqual(member));
    }
}
