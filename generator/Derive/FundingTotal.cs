namespace Steady.Derive;

/// <summary>Recurring funding in one currency, normalised to a period.</summary>
public sealed record FundingTotal(string Currency, Model.FundingPeriod Period, decimal Amount);
