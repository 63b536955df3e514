using Steady.Model;

namespace Steady.Api;

/// <summary>An amount of money each period, in one currency.</summary>
public sealed record ApiMoney(decimal Amount, string Currency, FundingPeriod Period);
