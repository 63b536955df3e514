namespace Steady.Plan.Models;

/// <summary>One project on the funding page.</summary>
public sealed record FundingRow(ProjectRow Project, FundingView Funding);
