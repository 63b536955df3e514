using Steady.Derive;
using Steady.Plan.Models;

namespace Steady.Plan;

/// <summary>The funding page: totals per currency and every funded project.</summary>
public static partial class PlanSite
{
    private static FundingPageModel Funding(SiteData data, ProjectRow[] rows, ViewFactory views)
    {
        var withGoal = new List<(FundingRow Row, FundingGap Gap)>();
        var withoutGoal = new List<FundingRow>();
        for (var i = 0; i < rows.Length; i++)
        {
            var signals = data.Projects[i];
            if (signals.Project.Funding is null)
            {
                continue;
            }

            var row = new FundingRow(rows[i], () => FundingViews.Of(signals, views)!);
            if (signals.FundingGap is { } gap)
            {
                withGoal.Add((row, gap));
            }
            else
            {
                withoutGoal.Add(row);
            }
        }

        var totals = withGoal.GroupBy(x => (x.Gap.Currency, x.Gap.Period))
            .OrderBy(g => g.Key.Currency, StringComparer.Ordinal).ThenBy(g => g.Key.Period)
            .Select(g => FundingViews.Total(g.Key.Currency, g.Key.Period, g.Select(x => x.Gap).ToArray()))
            .ToArray();
        var sorted = withGoal
            .OrderBy(x => x.Gap.Ratio).ThenByDescending(x => x.Gap.Missing).ThenBy(x => x.Row.Project.Slug, StringComparer.Ordinal)
            .Select(x => x.Row).ToArray();
        return new FundingPageModel(totals, sorted, withoutGoal.OrderBy(r => r.Project.Slug, StringComparer.Ordinal).ToArray(), views.Urls.Link("sponsors/"));
    }
}
