namespace Steady.Plan.Models;

/// <summary>A registry steward.</summary>
public sealed record StewardView(
    string Id,
    string Github,
    string Name,
    string ProfileUrl,
    string Since,
    IReadOnlyList<LinkView> VouchedBy,
    IReadOnlyList<string> Areas,
    IReadOnlyList<StewardshipView> Projects);
