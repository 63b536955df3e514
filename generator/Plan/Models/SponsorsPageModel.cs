namespace Steady.Plan.Models;

/// <summary>The list of sponsors.</summary>
public sealed record SponsorsPageModel(IReadOnlyList<SponsorView> Sponsors);
