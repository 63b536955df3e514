using System.ComponentModel;
using Steady.Model;

namespace Steady.Api;

/// <summary>Money a project still needs in the goal's currency, per goal period.</summary>
public sealed record ApiFundingGap(
    string Currency,
    FundingPeriod Period,
    decimal Goal,
    decimal Funded,
    decimal Missing,
    [property: Description("Share of the goal that is funded, 0 to 1, four decimals.")] decimal Ratio);
