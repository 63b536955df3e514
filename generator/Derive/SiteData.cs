using Steady.Model;

namespace Steady.Derive;

/// <summary>The registry with derived signals for one as-of date: the input of planning and rendering.</summary>
public sealed record SiteData(
    DateOnly AsOf,
    IReadOnlyList<ProjectSignals> Projects,
    IReadOnlyList<Steward> Stewards,
    IReadOnlyList<Sponsor> Sponsors)
{
    private readonly Dictionary<string, ProjectSignals> _bySlug =
        Projects.ToDictionary(p => p.Slug, StringComparer.Ordinal);

    public ProjectSignals? Find(string slug) => _bySlug.GetValueOrDefault(slug);
}
