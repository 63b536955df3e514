namespace Steady.Derive;

/// <summary>
/// Money a project still needs in one currency per goal period: the goal minus current recurring sources in that
/// currency, normalised to the goal's period. No currency conversion: other currencies are listed beside it.
/// </summary>
public sealed record FundingGap(string Currency, Model.FundingPeriod Period, decimal Goal, decimal Funded)
{
    public decimal Missing => Math.Max(0, Goal - Funded);

    /// <summary>Share of the goal that is funded, 0 to 1.</summary>
    public decimal Ratio => Goal <= 0 ? 1 : Math.Min(1, Funded / Goal);
}
