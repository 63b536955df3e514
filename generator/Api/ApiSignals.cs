using System.ComponentModel;

namespace Steady.Api;

/// <summary>What the generator derives from an entry for the as-of date.</summary>
public sealed record ApiSignals(
    ApiCaution Caution,
    bool NeedsHelp,
    IReadOnlyList<string> NeedsHelpReasons,
    [property: Description("Goal minus current recurring funding in the goal's currency, per goal period.")] ApiFundingGap? FundingGap,
    [property: Description("Recurring funding in other currencies, not converted.")] IReadOnlyList<ApiMoney> OtherCurrencies,
    [property: Description("The entry was not reviewed for 12 months.")] bool Stale,
    IReadOnlyList<string> Notes);
