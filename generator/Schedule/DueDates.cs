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
    public static IReadOnlyList<DueDate> Collect(SiteData data, RenderContext context)
    {
        var host = new Uri(context.Urls.BaseUrl).IdnHost;
        var list = new List<DueDate>();
        foreach (var signals in data.Projects)
        {
            var p = signals.Project;
            var name = XmlSafeText.Clean(p.Name);
            var url = context.Urls.Absolute(SiteUrls.ProjectPath(p.Slug));

            if (p.Status.Until is { } until)
            {
                var hiatus = p.Status.State == Model.ProjectState.Hiatus;
                list.Add(new DueDate(until, $"{p.Slug}/until/{until:yyyy-MM-dd}@{host}", p.Slug,
                    hiatus ? $"{name}: expected return from hiatus" : $"{name}: {Vocabulary.Name(p.Status.State)} state to be reviewed",
                    $"{name} has been in state {Vocabulary.Name(p.Status.State)} since {p.Status.Since:yyyy-MM-dd}; the entry gives {until:yyyy-MM-dd} as "
                    + (hiatus ? "the expected return or review date." : "its review date."),
                    url));
            }

            foreach (var m in p.Maintainers)
            {
                if (m.Since is { } since && since.AddDays(SignalDeriver.ProbationDays) is var end && end > data.AsOf)
                {
                    list.Add(new DueDate(end, $"{p.Slug}/probation/{m.Github.ToLowerInvariant()}/{end:yyyy-MM-dd}@{host}", p.Slug,
                        $"{name}: probation of maintainer {m.Github} ends",
                        $"{m.Github} became a maintainer of {name} on {since:yyyy-MM-dd}; the {SignalDeriver.ProbationDays}-day probation, "
                        + "during which downstream caution is elevated, ends on this day.",
                        url));
                }
            }

            var due = p.Status.Reviewed.AddMonths(RegistryValidator.StaleAfterMonths);
            list.Add(new DueDate(due, $"{p.Slug}/review/{due:yyyy-MM-dd}@{host}", p.Slug,
                $"{name}: entry review due",
                $"The entry of {name} was last reviewed on {p.Status.Reviewed:yyyy-MM-dd}; without a new review it is stale after this day.",
                url));
        }

        return list.OrderBy(d => d.Date).ThenBy(d => d.Uid, StringComparer.Ordinal).ToArray();
    }
}
