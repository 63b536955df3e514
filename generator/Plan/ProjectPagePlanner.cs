using Steady.Derive;
using Steady.Model;
using Steady.Plan.Models;
using Steady.Text;

namespace Steady.Plan;

/// <summary>The model of one project's page.</summary>
internal static class ProjectPagePlanner
{
    public static ProjectPageModel Model(ProjectSignals signals, ProjectRow row, EventView[] history, ViewFactory views, DateOnly asOf)
    {
        var p = signals.Project;
        var urls = views.Urls;
        var repository = LinkPolicy.External(p.Repository);
        var homepage = LinkPolicy.External(p.Homepage);
        var entry = $"registry-data/projects/{p.Slug}.yml";
        var registryRepo = views.Settings.Repository.TrimEnd('/');
        var branch = string.Join('/', views.Settings.Branch.Split('/').Select(Uri.EscapeDataString));
        var feeds = ProjectFeeds(p.Slug, p.Name, urls);
        var alt = signals.Caution.Level == CautionLevel.None
            ? $"maintainers: {Labels.Key(p.Status.State)}"
            : $"maintainers: {Labels.Key(p.Status.State)}, caution {Labels.Key(signals.Caution.Level)}";
        var image = urls.Absolute($"badges/{p.Slug}.svg");
        var page = urls.Absolute(SiteUrls.ProjectPath(p.Slug));

        return new ProjectPageModel(
            row,
            repository,
            repository is null ? null : Labels.Short(repository),
            homepage,
            homepage is null ? null : Labels.Short(homepage),
            Labels.Date(p.Status.Reviewed),
            p.Status.Reason,
            Successor(p.Status.Successor, views),
            Labels.Date(signals.Caution.Since),
            signals.Caution.Reasons.Select(r => new ReasonView(
                Labels.Key(r.Cause), Labels.Key(r.Level), Labels.Caution(r.Level), Labels.Date(r.Since), r.Text)).ToArray(),
            p.Maintainers.Select(m => new PersonView(
                m.Github,
                m.Name ?? m.Github,
                ViewFactory.GithubUrl(m.Github),
                Labels.Of(m.Role),
                Labels.Date(m.Since),
                m.Since is { } since && since > asOf.AddDays(-SignalDeriver.ProbationDays) && since <= asOf
                    ? Labels.Date(since.AddDays(SignalDeriver.ProbationDays))
                    : null)).ToArray(),
            p.InterimStewards.Select(s => new InterimStewardView(
                s.Github,
                views.StewardName(s.Github),
                views.StewardUrl(s.Github),
                Labels.Date(s.Since),
                s.Powers.Select(Labels.Key).ToArray(),
                s.Powers.Contains(StewardPower.Release))).ToArray(),
            p.HelpWanted.Select(h => new HelpView(Labels.Key(h.Kind), Labels.Of(h.Kind), h.Summary)).ToArray(),
            FundingViews.Of(signals, views),
            history,
            p.Packages,
            p.Sources.Select(LinkPolicy.External).OfType<string>().Select(u => new LinkView(Labels.Short(u), u)).ToArray(),
            signals.Notes,
            $"{registryRepo}/edit/{branch}/{entry}",
            $"{registryRepo}/commits/{branch}/{entry}",
            new BadgeView(
                image,
                urls.Link($"badges/{p.Slug}.svg"),
                urls.Absolute($"badges/{p.Slug}.json"),
                alt,
                $"[![{alt}]({image})]({page})",
                $"<a href=\"{page}\"><img src=\"{image}\" alt=\"{alt}\"></a>"),
            feeds,
            urls.Link($"api/v1/projects/{p.Slug}.json"));
    }

    /// <summary>The three formats of a project's feed.</summary>
    public static FeedLink[] ProjectFeeds(string slug, string name, SiteUrls urls) =>
    [
        new($"{name}: changes (RSS)", "RSS", "application/rss+xml", urls.Link($"projects/{slug}/feed.xml")),
        new($"{name}: changes (Atom)", "Atom", "application/atom+xml", urls.Link($"projects/{slug}/feed.atom")),
        new($"{name}: changes (JSON Feed)", "JSON Feed", "application/feed+json", urls.Link($"projects/{slug}/feed.json")),
    ];

    private static LinkView? Successor(string? successor, ViewFactory views)
    {
        if (successor is null)
        {
            return null;
        }

        if (TextRules.IsSlug(successor) && views.Project(successor) is { } next)
        {
            return new LinkView(next.Project.Name, views.ProjectUrl(successor));
        }

        return LinkPolicy.External(successor) is { } url ? new LinkView(Labels.Short(url), url) : null;
    }
}
