namespace Steady.Plan.Models;

/// <summary>One sponsor: what it gives, and to whom.</summary>
public sealed record SponsorPageModel(SponsorView Sponsor, IReadOnlyList<FundingSourceView> Gifts);
