using Steady.Config;
using Steady.Derive;
using Steady.Model;
using Steady.Plan.Models;

namespace Steady.Plan;

/// <summary>
/// Turns derived data into the display models the templates read: labels, dates as text, and links made by the
/// URL helper or checked by the link policy. Built once per plan; lookups are dictionaries, never scans.
/// </summary>
internal sealed class ViewFactory
{
    private readonly StateView[] _states;
    private readonly Dictionary<string, Steward> _stewards;
    private readonly Dictionary<string, Sponsor> _sponsors;
    private readonly SiteData _data;

    /// <summary>One link per ecosystem, shared by every row that names it.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LinkView> _ecosystems = new(StringComparer.Ordinal);

    public ViewFactory(SiteData data, SiteSettings settings, SiteUrls urls)
    {
        _data = data;
        Settings = settings;
        Urls = urls;
        _states = Enum.GetValues<ProjectState>()
            .Select(s => new StateView(Labels.Key(s), Labels.State(s), Labels.StateMeaning(s), urls.Link($"states/{Labels.Key(s)}/")))
            .ToArray();
        _stewards = data.Stewards.GroupBy(s => s.Github, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        _sponsors = data.Sponsors.ToDictionary(s => s.Slug, StringComparer.Ordinal);
    }

    public SiteSettings Settings { get; }

    public SiteUrls Urls { get; }

    public StateView State(ProjectState state) => _states[(int)state];

    public string ProjectUrl(string slug) => Urls.Link(SiteUrls.ProjectPath(slug));

    public string EcosystemUrl(string name) => Urls.Link($"ecosystems/{name}/");

    public string SponsorUrl(string slug) => Urls.Link($"sponsors/{slug}/");

    public static string StewardId(string login) => "steward-" + login.ToLowerInvariant();

    public string StewardUrl(string login) => Urls.Link("stewards/") + "#" + StewardId(login);

    public string StewardName(string login) => _stewards.TryGetValue(login, out var s) ? s.Name : login;

    public Sponsor? Sponsor(string slug) => _sponsors.GetValueOrDefault(slug);

    public ProjectSignals? Project(string slug) => _data.Find(slug);

    public static string GithubUrl(string login) => "https://github.com/" + login;

    public ProjectRow Row(ProjectSignals signals)
    {
        var p = signals.Project;
        var ecosystems = p.Ecosystems.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new ProjectRow(
            p.Slug,
            p.Name,
            ProjectUrl(p.Slug),
            p.Summary,
            State(p.Status.State),
            Labels.Date(p.Status.Since),
            Labels.Date(p.Status.Until),
            Labels.Key(signals.Caution.Level),
            Labels.Caution(signals.Caution.Level),
            Labels.Of(p.Criticality),
            ecosystems.Select(e => _ecosystems.GetOrAdd(e, static (name, self) => new LinkView(name, self.EcosystemUrl(name)), this)).ToArray(),
            string.Join(' ', ecosystems),
            p.Packages,
            signals.NeedsHelp,
            signals.NeedsHelpReasons,
            p.HelpWanted.Select(h => Labels.Of(h.Kind)).Distinct(StringComparer.Ordinal).ToArray(),
            signals.Caution.Reasons.Select(r => r.Text).ToArray(),
            signals.Stale);
    }

    /// <summary>A project's history, newest first, each event with a stable anchor (date and ordinal within the day).</summary>
    public EventView[] History(Project project)
    {
        var events = new EventView[project.History.Count];
        var perDay = new Dictionary<DateOnly, int>();
        for (var i = 0; i < project.History.Count; i++)
        {
            var e = project.History[i];
            var n = perDay[e.Date] = perDay.GetValueOrDefault(e.Date) + 1;
            var source = LinkPolicy.External(e.Source);
            events[project.History.Count - 1 - i] = new EventView(
                $"event-{Labels.Date(e.Date)}-{n}",
                Labels.Date(e.Date),
                Labels.Key(e.Kind),
                Labels.Of(e.Kind),
                e.Summary,
                source,
                source is null ? null : Labels.Short(source),
                e.State is { } s ? State(s) : null,
                e.Caution is { } c ? Labels.Caution(c) : null,
                e.Github,
                project.Name,
                ProjectUrl(project.Slug));
        }

        return events;
    }
}
