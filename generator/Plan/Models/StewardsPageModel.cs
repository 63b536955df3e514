namespace Steady.Plan.Models;

/// <summary>The registry's stewards.</summary>
public sealed record StewardsPageModel(IReadOnlyList<StewardView> Stewards);
