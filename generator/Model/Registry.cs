namespace Steady.Model;

/// <summary>The whole registry as loaded: projects sorted by slug, stewards, sponsors sorted by slug.</summary>
public sealed record Registry(
    IReadOnlyList<Project> Projects,
    IReadOnlyList<Steward> Stewards,
    IReadOnlyList<Sponsor> Sponsors)
{
    public static readonly Registry Empty = new([], [], []);
}
