using System.Globalization;
using Steady.Derive;
using Steady.Model;
using Steady.Plan.Models;

namespace Steady.Plan;

/// <summary>Funding as shown: the goal against current sources, other currencies, sources and channels.</summary>
internal static class FundingViews
{
    public static FundingView? Of(ProjectSignals signals, ViewFactory views)
    {
        var p = signals.Project;
        if (p.Funding is not { } funding)
        {
            return null;
        }

        var gap = signals.FundingGap;
        var sources = funding.Sources
            .Select(s => Source(p, s, views))
            .ToArray();
        var channels = funding.Channels
            .Select(c => (Label: Labels.Platform(c.Platform), Url: LinkPolicy.External(c.Url)))
            .Where(c => c.Url is not null)
            .Select(c => new LinkView(c.Label, c.Url!))
            .ToArray();
        var others = signals.OtherCurrencies.Select(t => Labels.Money(t.Amount, t.Currency, t.Period)).ToArray();
        return gap is null
            ? new FundingView(false, "", "", "", "", "", 0, "0", "0", others, sources, channels, LinkPolicy.External(funding.Manifest))
            : new FundingView(
                true,
                Labels.Money(gap.Goal),
                Labels.Money(gap.Funded),
                Labels.Money(gap.Missing),
                gap.Currency,
                Labels.Period(gap.Period),
                Percent(gap.Ratio),
                Number(Math.Min(gap.Funded, gap.Goal)),
                Number(gap.Goal),
                others,
                sources,
                channels,
                LinkPolicy.External(funding.Manifest));
    }

    public static FundingSourceView Source(Project project, FundingSource source, ViewFactory views) => new(
        views.Sponsor(source.Sponsor)?.Name ?? source.Sponsor,
        views.SponsorUrl(source.Sponsor),
        project.Name,
        views.ProjectUrl(project.Slug),
        Labels.Of(source.Kind),
        Labels.Money(source.Amount, source.Currency, source.Period),
        Labels.Date(source.Since));

    /// <summary>A share from 0 to 1 as a whole percentage, rounded down so that 99.6% never shows as 100%.</summary>
    public static int Percent(decimal ratio) => (int)Math.Floor(Math.Clamp(ratio, 0, 1) * 100);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The funding share of totals, for the funding page.</summary>
    public static CurrencyTotal Total(string currency, FundingPeriod period, IReadOnlyCollection<FundingGap> gaps)
    {
        var goal = gaps.Sum(g => g.Goal);
        var funded = gaps.Sum(g => Math.Min(g.Funded, g.Goal));
        var ratio = goal <= 0 ? 1 : funded / goal;
        return new CurrencyTotal(currency, Labels.Period(period), Labels.Money(goal), Labels.Money(funded), Labels.Money(goal - funded),
            Percent(ratio), Number(funded), Number(goal), gaps.Count);
    }
}
