using Steady.Model;

namespace Steady.Validate;

/// <summary>
/// What the rules across files look at in one entry: the stewards, sponsors and successor it names, and the packages
/// and repository it claims. Small enough to keep for every entry when the entries themselves are not kept.
/// </summary>
internal sealed record ProjectClaims(
    string Slug,
    SourceMap Source,
    IReadOnlyList<string> InterimStewards,
    IReadOnlyList<string> Sponsors,
    string? Successor,
    IReadOnlyList<string> Packages,
    ProjectKeys Keys)
{
    public static ProjectClaims Of(Project project, ProjectKeys keys) => new(
        project.Slug,
        project.Source,
        project.InterimStewards.Select(s => s.Github).ToArray(),
        (project.Funding?.Sources ?? []).Select(s => s.Sponsor).ToArray(),
        project.Status.Successor,
        project.Packages,
        keys);
}
