using Steady.Model;

namespace Steady.Api;

/// <summary>What a sponsor gives one project.</summary>
public sealed record ApiSponsorship(string Project, FundingSourceKind Kind, decimal Amount, string Currency, FundingPeriod Period, DateOnly? Since);
