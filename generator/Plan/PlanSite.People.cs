using Steady.Derive;
using Steady.Plan.Models;

namespace Steady.Plan;

/// <summary>The sponsor and steward pages.</summary>
public static partial class PlanSite
{
    private static void AddSponsors(List<PlannedPage> pages, SiteData data, ViewFactory views, SiteUrls urls)
    {
        var gifts = data.Projects
            .SelectMany(p => (p.Project.Funding?.Sources ?? []).Select(s => (Project: p.Project, Source: s)))
            .GroupBy(x => x.Source.Sponsor, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var sponsors = new List<SponsorView>();
        foreach (var sponsor in data.Sponsors)
        {
            var given = gifts.GetValueOrDefault(sponsor.Slug) ?? [];
            var website = LinkPolicy.External(sponsor.Url);
            var view = new SponsorView(
                sponsor.Slug,
                sponsor.Name,
                views.SponsorUrl(sponsor.Slug),
                website,
                website is null ? null : Labels.Short(website),
                Labels.Of(sponsor.Kind),
                given.GroupBy(g => (g.Source.Currency, g.Source.Period))
                    .OrderBy(g => g.Key.Currency, StringComparer.Ordinal).ThenBy(g => g.Key.Period)
                    .Select(g => Labels.Money(g.Sum(x => x.Source.Amount), g.Key.Currency, g.Key.Period)).ToArray(),
                given.Select(g => g.Project.Slug).Distinct(StringComparer.Ordinal).Count());
            sponsors.Add(view);
            pages.Add(Page(urls, $"sponsors/{sponsor.Slug}/", "layouts/sponsor.html", sponsor.Name,
                $"What {sponsor.Name} gives to the registry's projects, and to whom.", "sponsors/",
                new SponsorPageModel(view, given
                    .OrderBy(g => g.Project.Name, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Project.Slug, StringComparer.Ordinal)
                    .Select(g => FundingViews.Source(g.Project, g.Source, views)).ToArray())));
        }

        pages.Add(Page(urls, "sponsors/", "layouts/sponsors.html", "Sponsors",
            "The companies, foundations and people who fund the registry's projects, and what each gives.", "sponsors/",
            new SponsorsPageModel(sponsors)));
    }

    private static StewardsPageModel Stewards(SiteData data, ViewFactory views)
    {
        var duties = data.Projects
            .SelectMany(p => p.Project.InterimStewards.Select(s => (Login: s.Github, Project: p.Project, Steward: s)))
            .GroupBy(x => x.Login, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        return new StewardsPageModel(data.Stewards
            .OrderBy(s => s.Since).ThenBy(s => s.Github, StringComparer.OrdinalIgnoreCase)
            .Select(s => new StewardView(
                ViewFactory.StewardId(s.Github),
                s.Github,
                s.Name,
                ViewFactory.GithubUrl(s.Github),
                Labels.Date(s.Since),
                s.VouchedBy.Select(v => new LinkView(views.StewardName(v), views.StewardUrl(v))).ToArray(),
                s.Areas,
                (duties.GetValueOrDefault(s.Github) ?? [])
                    .OrderBy(d => d.Project.Name, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Project.Slug, StringComparer.Ordinal)
                    .Select(d => new StewardshipView(d.Project.Name, views.ProjectUrl(d.Project.Slug), Labels.Date(d.Steward.Since),
                        d.Steward.Powers.Select(Labels.Key).ToArray()))
                    .ToArray()))
            .ToArray());
    }
}
