namespace Steady.Plan.Models;

/// <summary>Money one sponsor gives one project.</summary>
public sealed record FundingSourceView(string Sponsor, string SponsorUrl, string ProjectName, string ProjectUrl, string Kind, string Amount, string? Since);
