using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Steady.Derive;
using Steady.Feeds;
using Steady.Render;
using Steady.Write;

namespace Steady.Schedule;

/// <summary>
/// Publishes <c>feeds/calendar.ics</c> with Ical.Net: one all-day event per <see cref="DueDate"/>. DTSTAMP is the
/// as-of date, so the same registry and as-of date give the same bytes.
/// </summary>
public sealed class WriteCalendar : ISitePublisher
{
    public string Name => "calendar";

    public void Publish(SiteData data, RenderContext context, IOutputSink sink)
    {
        var stamp = new CalDateTime(data.AsOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), true);
        var calendar = new Ical.Net.Calendar { ProductId = "-//Steady//Registry calendar//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", XmlSafeText.Clean($"{context.Settings.Title}: registry dates"));
        foreach (var due in DueDates.Collect(data, context))
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = due.Uid,
                DtStamp = stamp,
                DtStart = new CalDateTime(due.Date),
                Summary = due.Summary,
                Description = due.Description,
                Url = new Uri(due.Url),
                Transparency = "TRANSPARENT",
            });
        }

        sink.WriteText(FeedPaths.Calendar, new CalendarSerializer().SerializeToString(calendar) ?? "");
    }
}
