using System.Text;
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
/// as-of date, so the same registry and as-of date give the same bytes. Events are serialized one at a time into
/// the calendar's frame, so a large registry never holds a whole calendar of event objects.
/// </summary>
public sealed class WriteCalendar : ISitePublisher
{
    private const string End = "END:VCALENDAR\r\n";

    public string Name => "calendar";

    public void Publish(SiteData data, RenderContext context, IOutputSink sink)
    {
        if (!context.RendersSiteWide)
        {
            return;
        }

        var serializer = new CalendarSerializer();
        var calendar = new Ical.Net.Calendar { ProductId = "-//Steady//Registry calendar//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", XmlSafeText.Clean($"{context.Settings.Title}: registry dates"));
        var frame = serializer.SerializeToString(calendar) ?? "";
        var end = frame.LastIndexOf(End, StringComparison.Ordinal);

        var stamp = new CalDateTime(data.AsOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), true);
        using var buffer = new SegmentedBuffer();
        Encoding.UTF8.GetBytes(frame.AsSpan(0, end), buffer);
        foreach (var due in DueDates.Collect(data, context))
        {
            var text = serializer.SerializeToString(new CalendarEvent
            {
                Uid = due.Uid,
                DtStamp = stamp,
                DtStart = new CalDateTime(due.Date),
                Summary = due.Summary,
                Description = due.Description,
                Url = new Uri(due.Url),
                Transparency = "TRANSPARENT",
            });
            Encoding.UTF8.GetBytes(text, buffer);
        }

        Encoding.UTF8.GetBytes(frame.AsSpan(end), buffer);
        buffer.WriteTo(sink, FeedPaths.Calendar);
    }
}
