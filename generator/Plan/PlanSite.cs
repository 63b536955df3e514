using Steady.Config;
using Steady.Derive;
using Steady.Load;
using Steady.Model;
using Steady.Plan.Models;

namespace Steady.Plan;

/// <summary>
/// The plan stage: the site map. Every page's path, template and model, from the derived data and the content
/// pages. Pure: the same input gives the same plan, sorted by path.
/// </summary>
public static partial class PlanSite
{
    /// <summary>Rows shown in each list of the home page; the full lists have their own pages.</summary>
    public const int HomeListSize = 10;

    /// <summary>
    /// Events on <c>/changes/</c>: the newest ones, so the page stays readable and bounded on a large registry; every
    /// event stays on its project's page, in the feeds and in the API.
    /// </summary>
    public const int ChangesPageSize = 1000;

    public static SitePlan Plan(SiteData data, IReadOnlyList<ContentPage> content, SiteSettings settings, SiteUrls urls)
    {
        var views = new ViewFactory(data, settings, urls);
        // Each project's row and page are planned on all cores; the arrays keep the projects' order.
        var count = data.Projects.Count;
        var rows = new ProjectRow[count];
        var projectPages = new PlannedPage[count];
        Parallel.For(0, count, Text.Parallelism.Options, i =>
        {
            rows[i] = views.Row(data.Projects[i]);
            projectPages[i] = ProjectPage(data.Projects[i], rows[i], views, data.AsOf);
        });
        var byName = Enumerable.Range(0, rows.Length)
            .OrderBy(i => rows[i].Name, StringComparer.OrdinalIgnoreCase).ThenBy(i => rows[i].Slug, StringComparer.Ordinal)
            .ToArray();
        var sortedRows = byName.Select(i => rows[i]).ToArray();
        var needHelp = Enumerable.Range(0, rows.Length).Where(i => data.Projects[i].NeedsHelp)
            .OrderByDescending(i => data.Projects[i].NeedScore).ThenBy(i => rows[i].Slug, StringComparer.Ordinal)
            .Select(i => rows[i]).ToArray();
        var caution = Enumerable.Range(0, rows.Length).Where(i => data.Projects[i].Caution.Level != CautionLevel.None)
            .OrderByDescending(i => data.Projects[i].Caution.Level)
            .ThenByDescending(i => data.Projects[i].Caution.Since ?? DateOnly.MinValue)
            .ThenBy(i => rows[i].Slug, StringComparer.Ordinal)
            .Select(i => rows[i]).ToArray();
        var changeCount = data.Projects.Sum(p => p.Project.History.Count);

        // The pages that each gather from every project are planned side by side.
        var changes = Array.Empty<EventView>();
        PlannedPage? funding = null;
        StewardsPageModel? stewards = null;
        var sponsorPages = new List<PlannedPage>();
        Text.Parallelism.Invoke(
            () => changes = NewestChanges(data, views),
            () => funding = FundingPage(data, rows, views),
            () => stewards = Stewards(data, views),
            () => AddSponsors(sponsorPages, data, views, urls));

        var pages = new List<PlannedPage>(rows.Length + 64);
        var site = Site(content, settings, urls, data);
        var stateCounts = Enum.GetValues<ProjectState>()
            .Select(s => (State: views.State(s), Rows: sortedRows.Where(r => r.State == views.State(s)).ToArray()))
            .ToArray();

        pages.Add(Page(urls, "", "layouts/home.html", settings.Title, settings.Description, "",
            new HomeModel(rows.Length, StateBar.Layout(stateCounts.Select(s => (s.State, s.Rows.Length)).ToArray()),
                needHelp.Take(HomeListSize).ToArray(), needHelp.Length, caution.Take(HomeListSize).ToArray(), caution.Length,
                changes.Take(HomeListSize).ToArray(), changeCount,
                urls.Link("projects/"), urls.Link("help-wanted/"), urls.Link("caution/"), urls.Link("changes/"))));

        var ecosystems = sortedRows.SelectMany(r => r.Ecosystems.Select(e => (Name: e.Text, Row: r)))
            .GroupBy(x => x.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Rows: g.Select(x => x.Row).ToArray()))
            .ToArray();

        const string projectsIntro = "Every project in the registry, with its state and downstream caution; filter by text, state, caution and ecosystem.";
        pages.Add(new PlannedPage(
            PageFor(urls, "projects/", "layouts/projects.html", "Projects", projectsIntro, "projects/") with { Script = true },
            new ProjectsPageModel(
                sortedRows,
                stateCounts.Select(s => new FilterOption(s.State.Key, s.State.Label, s.Rows.Length)).ToArray(),
                Enum.GetValues<CautionLevel>().Select(c => new FilterOption(Labels.Key(c), Labels.Caution(c),
                    data.Projects.Count(p => p.Caution.Level == c))).ToArray(),
                ecosystems.Select(e => new FilterOption(e.Name, e.Name, e.Rows.Length)).ToArray())));

        pages.AddRange(projectPages);

        pages.Add(Page(urls, "states/", "layouts/index.html", "States",
            "The states a project can be in, what each one means, and how many projects are in each.", "states/",
            new IndexPageModel("Every project is in exactly one state, declared by its maintainers or, for unresponsive, by the stewards.",
                stateCounts.Select(s => new IndexItem(s.State.Label, s.State.Url, s.Rows.Length, s.State.Meaning)).ToArray())));
        foreach (var (state, stateRows) in stateCounts)
        {
            pages.Add(Page(urls, $"states/{state.Key}/", "layouts/list.html", $"State: {state.Label}",
                $"Projects whose state is {state.Label.ToLowerInvariant()}: {state.Meaning}", "states/",
                new ListPageModel("state", state.Meaning, stateRows, "No project is in this state.", state)));
        }

        pages.Add(Page(urls, "ecosystems/", "layouts/index.html", "Ecosystems",
            "The ecosystems the registry's projects ship in, and how many projects each has.", "ecosystems/",
            new IndexPageModel("The ecosystems and distributions the projects ship in. A project can ship in several.",
                ecosystems.Select(e => new IndexItem(e.Name, views.EcosystemUrl(e.Name), e.Rows.Length, null)).ToArray())));
        foreach (var (name, ecoRows) in ecosystems)
        {
            pages.Add(Page(urls, $"ecosystems/{name}/", "layouts/list.html", $"Ecosystem: {name}",
                $"Projects of the registry that ship in {name}.", "ecosystems/",
                new ListPageModel("ecosystem", $"Projects that ship in {name}.", ecoRows, "No project ships in this ecosystem.")));
        }

        pages.Add(Page(urls, "caution/", "layouts/list.html", "Review with extra care",
            "Projects whose new releases downstream consumers should review with extra care, and why.", "caution/",
            new ListPageModel("caution", "Downstream consumers should review new releases of these projects with extra care. Each reason is listed.",
                caution, "No project calls for extra care at the moment.")));
        pages.Add(Page(urls, "help-wanted/", "layouts/list.html", "Help wanted",
            "Critical projects that need maintainers, reviewers or money, most critical first.", "help-wanted/",
            new ListPageModel("help", "These projects need people or money. The most critical come first.",
                needHelp, "No project asks for help at the moment.")));

        pages.Add(funding!);
        pages.AddRange(sponsorPages);
        pages.Add(Page(urls, "stewards/", "layouts/stewards.html", "Stewards",
            "The registry's trusted stewards, who vouched for them, and the projects they keep steady.", "stewards/",
            stewards!));
        pages.Add(Page(urls, "changes/", "layouts/changes.html", "Changes",
            "Every change recorded in the registry, newest first, each with its source.", "changes/",
            new ChangesPageModel(changes, changeCount, urls.Link(Api.ApiPaths.Full))));

        foreach (var c in content)
        {
            pages.Add(Page(urls, c.Name + "/", "layouts/content.html", c.Title, c.Description ?? settings.Description, c.Name + "/",
                new ContentModel(c.Markdown)));
        }

        pages.Add(new PlannedPage(
            PageFor(urls, "404.html", "layouts/404.html", "Page not found", "There is no page at this address.", "") with { InSitemap = false },
            new NotFoundModel(urls.Link("projects/"), urls.Link("projects/"))));

        return new SitePlan(site, pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray());
    }

    /// <summary>
    /// The newest <see cref="ChangesPageSize"/> events of the registry, for <c>/changes/</c> and the home page. Only
    /// the projects with an event on or after the date of the newest events' oldest get their history made; a
    /// project page makes its own when it is rendered, so the plan never holds every event of a large registry.
    /// </summary>
    private static EventView[] NewestChanges(SiteData data, ViewFactory views)
    {
        var dates = data.Projects.SelectMany(p => p.Project.History.Select(e => e.Date)).ToArray();
        if (dates.Length == 0)
        {
            return [];
        }

        Array.Sort(dates);
        var oldestShown = dates[Math.Max(0, dates.Length - ChangesPageSize)];
        return data.Projects
            .Where(p => p.Project.History.Any(e => e.Date >= oldestShown))
            .SelectMany(p => views.History(p.Project))
            .OrderByDescending(e => e.Date, StringComparer.Ordinal)
            .ThenBy(e => e.ProjectUrl, StringComparer.Ordinal)
            .ThenByDescending(e => e.Id, StringComparer.Ordinal)
            .Take(ChangesPageSize)
            .ToArray();
    }

    /// <summary>
    /// The pages of the named projects only, planned exactly as <see cref="Plan"/> plans them, with the shared site
    /// model: <c>steady serve</c> re-renders an edited entry's page first and the pages that list it afterwards.
    /// </summary>
    public static SitePlan PlanProjects(
        SiteData data, IReadOnlyList<ContentPage> content, SiteSettings settings, SiteUrls urls, IReadOnlySet<string> slugs)
    {
        var views = new ViewFactory(data, settings, urls);
        var pages = data.Projects
            .Where(p => slugs.Contains(p.Slug))
            .Select(p => ProjectPage(p, views.Row(p), views, data.AsOf))
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ToArray();
        return new SitePlan(Site(content, settings, urls, data), pages);
    }

    /// <summary>
    /// The funding page shows every funded project's sources and channels, so its model is made only when it is
    /// rendered. A method of its own, so that the model's closure holds these three values and nothing else of the plan.
    /// </summary>
    private static PlannedPage FundingPage(SiteData data, ProjectRow[] rows, ViewFactory views) =>
        new(PageFor(views.Urls, "funding/", "layouts/funding.html", "Funding",
                "Each project's funding goal against its current sources, and the gaps that remain.", "funding/"),
            () => Funding(data, rows, views));

    private static PlannedPage ProjectPage(ProjectSignals signals, ProjectRow row, ViewFactory views, DateOnly asOf)
    {
        var p = signals.Project;
        var lastChange = p.History.Count > 0 && p.History[^1].Date > p.Status.Reviewed ? p.History[^1].Date : p.Status.Reviewed;
        var path = SiteUrls.ProjectPath(p.Slug);
        return new PlannedPage(
            path,
            p.Slug,
            () => PageFor(views.Urls, path, "layouts/project.html", p.Name, p.Summary, "projects/") with
            {
                Type = "article",
                LastModified = Labels.Date(lastChange),
                Feeds = ProjectPagePlanner.ProjectFeeds(p.Slug, p.Name, views.Urls),
            },
            () => ProjectPagePlanner.Model(signals, row, views.History(p), views, asOf));
    }

    private static PlannedPage Page(SiteUrls urls, string path, string template, string title, string description, string section, object model) =>
        new(PageFor(urls, path, template, title, description, section), model);

    private static PageMeta PageFor(SiteUrls urls, string path, string template, string title, string description, string section) =>
        new(path, template, title, description, urls.Link(path), urls.Absolute(path), section);
}
