namespace Steady.Plan.Models;

/// <summary>
/// A project's funding: the goal against current recurring sources in the goal's currency (a bar), the other
/// currencies beside it (no conversion), the sources, and where to give.
/// </summary>
public sealed record FundingView(
    bool HasGoal,
    string Goal,
    string Funded,
    string Missing,
    string Currency,
    string Period,
    int Percent,
    string MeterValue,
    string MeterMax,
    IReadOnlyList<string> OtherCurrencies,
    IReadOnlyList<FundingSourceView> Sources,
    IReadOnlyList<LinkView> Channels,
    string? Manifest);
