using System.Globalization;
using System.Text;
using Steady.Derive;
using Steady.Feeds;
using Steady.Render;
using Steady.Write;

namespace Steady.Schedule;

/// <summary>
/// Publishes <c>feeds/calendar.ics</c> (iCalendar, RFC 5545): one all-day event per <see cref="DueDate"/>, with
/// the properties in name order. DTSTAMP is the as-of date, so the same registry and as-of date give the same
/// bytes. The calendar streams to the sink as its events are written, each event made as it is written, so a
/// large registry never holds a whole calendar of event texts.
/// </summary>
public sealed class WriteCalendar : ISitePublisher
{
    public const string ProductId = "-//Steady//Registry calendar//EN";

    public string Name => "calendar";

    public void Publish(SiteData data, RenderContext context, IOutputSink sink)
    {
        if (!context.RendersSiteWide)
        {
            return;
        }

        var name = XmlSafeText.Clean($"{context.Settings.Title}: registry dates");
        var stamp = data.AsOf.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T000000Z";
        var dates = DueDates.Pending(data, context);
        sink.WriteStream(FeedPaths.Calendar, stream =>
        {
            using var text = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            var lines = new CalendarLines(text);
            lines.Value("BEGIN", "VCALENDAR");
            lines.Value("METHOD", "PUBLISH");
            lines.Text("PRODID", ProductId);
            lines.Value("VERSION", "2.0");
            lines.Text("X-WR-CALNAME", name);
            foreach (var date in dates)
            {
                Event(lines, date.Make(), stamp);
            }

            lines.Value("END", "VCALENDAR");
        });
    }

    private static void Event(CalendarLines lines, DueDate due, string stamp)
    {
        lines.Value("BEGIN", "VEVENT");
        lines.Text("DESCRIPTION", due.Description);
        lines.Value("DTSTAMP", stamp);
        lines.Value("DTSTART;VALUE=DATE", due.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        lines.Value("SEQUENCE", "0");
        lines.Text("SUMMARY", due.Summary);
        lines.Value("TRANSP", "TRANSPARENT");
        lines.Text("UID", due.Uid);
        lines.Value("URL", due.Url);
        lines.Value("END", "VEVENT");
    }
}
