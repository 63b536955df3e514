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
        var candidates = data.Projects.SelectMany((p, pi) => Enumerable.Range(0, p.Project.History.Count)
            .Where(ei => CautionEffect.Of(p.Project, ei) is not null)
            .Select(ei => new FeedPick(p.Project.History[ei].Date, pi, ei)));
        return Document(FeedPaths.Caution, FeedPaths.Caution,
            $"{context.Settings.Title}: downstream caution",
            "Events that raised or lowered a project's downstream caution, with the level and the project's current reasons.",
            "caution/",
            Newest(candidates).Select(k =>
            {
                // Picked for its effect, so it has one; only the picked events' effects are made twice.
                var signals = data.Projects[k.Project];
                return _items.Event(signals, k.Event, CautionEffect.Of(signals.Project, k.Event)!);
            }).ToArray());
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

    /// <summary>
    /// The first <see cref="RegistryFeedItems"/> picks in feed order (newest first; ties by slug, then by later history
    /// position first), kept in a heap of that size as the picks go by: a large registry's events are never all held.
    /// </summary>
    private FeedPick[] Newest(IEnumerable<FeedPick> picks)
    {
        var order = Comparer<FeedPick>.Create((a, b) =>
        {
            var byDate = b.Date.CompareTo(a.Date);
            if (byDate != 0)
            {
                return byDate;
            }

            var bySlug = string.CompareOrdinal(data.Projects[a.Project].Slug, data.Projects[b.Project].Slug);
            return bySlug != 0 ? bySlug : b.Event.CompareTo(a.Event);
        });

        // The heap's top is the last of the picks kept, so a later pick that comes before it takes its place.
        var kept = new PriorityQueue<FeedPick, FeedPick>(RegistryFeedItems, Comparer<FeedPick>.Create((a, b) => order.Compare(b, a)));
        foreach (var pick in picks)
        {
            if (kept.Count < RegistryFeedItems)
            {
                kept.Enqueue(pick, pick);
            }
            else if (order.Compare(pick, kept.Peek()) < 0)
            {
                kept.DequeueEnqueue(pick, pick);
            }
        }

        var newest = kept.UnorderedItems.Select(k => k.Element).ToArray();
        Array.Sort(newest, order);
        return newest;
    }

}
