using Steady.Model;

namespace Steady.Derive;

/// <summary>A project with everything the generator derives from it for one as-of date.</summary>
public sealed record ProjectSignals(
    Project Project,
    CautionSignal Caution,
    bool NeedsHelp,
    IReadOnlyList<string> NeedsHelpReasons,
    FundingGap? FundingGap,
    IReadOnlyList<FundingTotal> OtherCurrencies,
    bool Stale,
    IReadOnlyList<string> Notes)
{
    public string Slug => Project.Slug;

    /// <summary>Rank for "needs help now": higher first (criticality, then how much is missing).</summary>
    public int NeedScore =>
        (Project.Criticality switch { Criticality.Critical => 300, Criticality.High => 200, _ => 100 }) +
        (NeedsHelp ? 50 : 0) + NeedsHelpReasons.Count * 10 +
        (Caution.Level switch { CautionLevel.High => 20, CautionLevel.Elevated => 10, _ => 0 });
}
