using Ical.Net.Serialization;
using Steady.Feeds;
using Steady.Schedule;
using Steady.Tests.Support;

namespace Steady.Tests.Feeds;

public sealed class CalendarTests
{
    private static readonly Ical.Net.Calendar Calendar = Load();

    [Fact]
    public void The_calendar_holds_hiatus_returns_future_probation_ends_and_review_dates()
    {
        var events = Calendar.Events.Select(e => (e.Uid, e.DtStart!.Date)).ToArray();

        Assert.Contains(("alpha-compress/until/2026-09-01@example.org", new DateOnly(2026, 9, 1)), events);
        Assert.Contains(("gamma-parser/probation/gamma-lead/2026-07-14@example.org", new DateOnly(2026, 7, 14)), events);
        Assert.Contains(("beta-http/probation/beta-newcomer/2026-09-28@example.org", new DateOnly(2026, 9, 28)), events);
        Assert.DoesNotContain(events, e => e.Uid!.Contains("/probation/alpha-lead/", StringComparison.Ordinal));
        foreach (var project in FeedsFixture.Registry.Projects)
        {
            var due = project.Status.Reviewed.AddMonths(12);
            Assert.Contains(($"{project.Slug}/review/{due:yyyy-MM-dd}@example.org", due), events);
        }
    }

    [Fact]
    public void Events_have_unique_uids_and_are_stamped_with_the_as_of_date()
    {
        Assert.Equal(Calendar.Events.Count, Calendar.Events.Select(e => e.Uid).Distinct().Count());
        Assert.All(Calendar.Events, e =>
        {
            Assert.Equal(FeedsFixture.AsOf, e.DtStamp!.Date);
            Assert.False(e.DtStart!.HasTime);
            Assert.StartsWith(FeedsFixture.BaseUrl, e.Url!.AbsoluteUri);
        });
    }

    [Fact]
    public void Events_are_sorted_by_date()
    {
        var dates = DueDates.Collect(FeedsFixture.Data(), FeedsFixture.Context()).Select(d => d.Date).ToArray();

        Assert.Equal(dates.Order(), dates);
    }

    private static Ical.Net.Calendar Load()
    {
        var sink = FeedsFixture.Publish(FeedsFixture.Data(), FeedsFixture.Context(), new WriteCalendar());
        return Ical.Net.Calendar.Load(sink.Text(FeedPaths.Calendar))!;
    }
}
