namespace Steady.Plan.Models;

/// <summary>The funding page: totals per currency, then every project with a goal, largest gap first.</summary>
public sealed record FundingPageModel(IReadOnlyList<CurrencyTotal> Totals, IReadOnlyList<FundingRow> Rows, IReadOnlyList<FundingRow> WithoutGoal, string SponsorsUrl);
