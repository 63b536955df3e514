using Steady.Derive;
using Steady.Feeds;
using Steady.Plan;
using Steady.Render;
using Steady.Validate;

namespace Steady.Schedule;

/// <summary>
/// Collects the registry's dates: every <c>status.until</c> (the expected return from a hiatus, or a review date),
/// every probation end still ahead of the as-of date, and every entry's next review (<c>reviewed</c> + 12 months).
/// UIDs depend only on the project, the kind of date and the date, so calendars update events in place.
/// </summary>
public static class DueDates
{
    public static IReadOnlyList<DueDate> Collect(SiteData data, RenderContext context) =>
        Pending(data, context).Select(d => d.Make()).ToArray();

    /// <summary>
    /// The dates in calendar order, each with what orders it (date and UID) and a way to make its texts: a large
    /// registry has hundreds of thousands of dates, and the calendar makes their texts a chunk at a time.
    /// </summary>
    internal static PendingDate[] Pending(SiteData data, RenderContext context)
    {
        var host = new Uri(context.Urls.BaseUrl).IdnHost;
        var list = new List<PendingDate>();
        foreach (var signals in data.Projects)
        {
            var p = signals.Project;
            if (p.Status.Until is { } until)
            {
                list.Add(new PendingDate(until, $"{p.Slug}/until/{until:yyyy-MM-dd}@{host}", signals, DueKind.Until, -1, context));
            }

            for (var i = 0; i < p.Maintainers.Count; i++)
            {
                if (ProbationEnd(p.Maintainers[i], data.AsOf) is { } end)
                {
                    list.Add(new PendingDate(end, $"{p.Slug}/probation/{p.Maintainers[i].Github.ToLowerInvariant()}/{end:yyyy-MM-dd}@{host}", signals, DueKind.Probation, i, context));
                }
            }

            var due = p.Status.Reviewed.AddMonths(RegistryValidator.StaleAfterMonths);
            list.Add(new PendingDate(due, $"{p.Slug}/review/{due:yyyy-MM-dd}@{host}", signals, DueKind.Review, -1, context));
        }

        return list.OrderBy(d => d.Date).ThenBy(d => d.Uid, StringComparer.Ordinal).ToArray();
    }

    private static DateOnly? ProbationEnd(Model.Maintainer m, DateOnly asOf) =>
        m.Since is { } since && since.AddDays(SignalDeriver.ProbationDays) is var end && end > asOf ? end : null;

    internal enum DueKind
    {
        Until,
        Review,
        Probation,
    }

    /// <summary>One date, ordered but not yet written out; <paramref name="Maintainer"/> indexes the maintainer of a probation.</summary>
    internal readonly record struct PendingDate(DateOnly Date, string Uid, ProjectSignals Signals, DueKind Kind, int Maintainer, RenderContext Context)
    {
        public DueDate Make()
        {
            var p = Signals.Project;
            var name = XmlSafeText.Clean(p.Name);
            var url = Context.Urls.Absolute(SiteUrls.ProjectPath(p.Slug));
            if (Kind == DueKind.Until)
            {
                var until = Date;
                var hiatus = p.Status.State == Model.ProjectState.Hiatus;
                return new DueDate(until, Uid, p.Slug,
                    hiatus ? $"{name}: expected return from hiatus" : $"{name}: {Vocabulary.Name(p.Status.State)} state to be reviewed",
                    $"{name} has been in state {Vocabulary.Name(p.Status.State)} since {p.Status.Since:yyyy-MM-dd}; the entry gives {until:yyyy-MM-dd} as "
                    + (hiatus ? "the expected return or review date." : "its review date."),
                    url);
            }

            if (Kind == DueKind.Review)
            {
                return new DueDate(Date, Uid, p.Slug,
                    $"{name}: entry review due",
                    $"The entry of {name} was last reviewed on {p.Status.Reviewed:yyyy-MM-dd}; without a new review it is stale after this day.",
                    url);
            }

            var m = p.Maintainers[Maintainer];
            return new DueDate(Date, Uid, p.Slug,
                $"{name}: probation of maintainer {m.Github} ends",
                $"{m.Github} became a maintainer of {name} on {m.Since:yyyy-MM-dd}; the {SignalDeriver.ProbationDays}-day probation, "
                + "during which downstream caution is elevated, ends on this day.",
                url);
        }
    }
}
