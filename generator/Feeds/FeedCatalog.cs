using Steady.Derive;
using Steady.Plan;
using Steady.Render;

namespace Steady.Feeds;

/// <summary>
/// Chooses the items of each feed: the registry-wide feeds keep the newest <see cref="RegistryFeedItems"/> items
/// (newest first; ties by slug, then by later history position first), a project's feed keeps all of its events.
/// </summary>
public sealed class FeedCatalog(SiteData data, RenderContext context)
{
    public const int RegistryFeedItems = 100;

    private readonly FeedItemFactory _items = new(context);

    public FeedItemFactory Items => _items;

    public FeedDocument Changes()
    {
        var picked = Newest(data.Projects.SelectMany((p, pi) => Enumerable.Range(0, p.Project.History.Count)
            .Select(ei => new FeedPick(p.Project.History[ei].Date, pi, ei))));
        return Document(FeedPaths.Changes, FeedPaths.Changes,
            $"{context.Settings.Title}: changes",
            "Every change to the registry's entries, newest first: states, people, incidents, funding.",
            "changes/",
            picked.Select(k => _items.Event(data.Projects[k.Project], k.Event)).ToArray());
    }

    public FeedDocument Caution()
    {
        var effects = new Dictionary<(int, int), CautionEffect>();
        var candidates = new List<FeedPick>();
        for (var pi = 0; pi < data.Projects.Count; pi++)
        {
            var project = data.Projects[pi].Project;
            for (var ei = 0; ei < project.History.Count; ei++)
            {
                if (CautionEffect.Of(project, ei) is { } effect)
                {
                    effects[(pi, ei)] = effect;
                    candidates.Add(new FeedPick(project.History[ei].Date, pi, ei));
                }
            }
        }

        return Document(FeedPaths.Caution, FeedPaths.Caution,
            $"{context.Settings.Title}: downstream caution",
            "Events that raised or lowered a project's downstream caution, with the level and the project's current reasons.",
            "caution/",
            Newest(candidates).Select(k => _items.Event(data.Projects[k.Project], k.Event, effects[(k.Project, k.Event)])).ToArray());
    }

    public FeedDocument HelpWanted()
    {
        var items = data.Projects
            .Where(p => p.NeedsHelp)
            .OrderByDescending(p => p.Project.Status.Reviewed)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .Take(RegistryFeedItems)
            .Select(_items.HelpWanted)
            .ToArray();
        return Document(FeedPaths.HelpWanted, FeedPaths.HelpWanted,
            $"{context.Settings.Title}: help wanted",
            "Projects that need maintainers, reviewers or money now; an item is updated when the need changes.",
            "help-wanted/",
            items);
    }

    public FeedDocument Project(ProjectSignals signals)
    {
        var history = signals.Project.History;
        var items = new FeedItem[history.Count];
        for (var i = 0; i < history.Count; i++)
        {
            items[i] = _items.Event(signals, history.Count - 1 - i);
        }

        // History is oldest first; a stable sort keeps later entries of one date first.
        var ordered = items.OrderByDescending(i => i.Date).ToArray();
        var name = XmlSafeText.Clean(signals.Project.Name);
        return Document(FeedPaths.Project(signals.Slug), $"{signals.Slug}/feed",
            $"{name}: changes",
            $"Changes to the registry entry of {name}.",
            SiteUrls.ProjectPath(signals.Slug),
            ordered,
            signals.Project.Status.Since);
    }

    /// <param name="empty">The feed's date when it has no item; registry-wide feeds fall back to the as-of date.</param>
    private FeedDocument Document(
        string stem, string idStem, string title, string description, string homePath, IReadOnlyList<FeedItem> items, DateOnly? empty = null) =>
        new(stem, _items.Tags.Feed(idStem), XmlSafeText.Clean(title), XmlSafeText.Clean(description), homePath,
            items.Count == 0 ? empty ?? context.AsOf : items.Max(i => i.Date), items);

    private IEnumerable<FeedPick> Newest(IEnumerable<FeedPick> picks) =>
        picks.OrderByDescending(k => k.Date)
            .ThenBy(k => data.Projects[k.Project].Slug, StringComparer.Ordinal)
            .ThenByDescending(k => k.Event)
            .Take(RegistryFeedItems);

}
