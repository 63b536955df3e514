namespace Steady.Plan.Models;

/// <summary>Goals, funding and gaps of all projects in one currency and period.</summary>
public sealed record CurrencyTotal(string Currency, string Period, string Goal, string Funded, string Missing, int Percent, string MeterValue, string MeterMax, int Projects);
