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
/// bytes. Events are made a chunk at a time on all cores and streamed to the sink in order, so a large registry
/// never holds a whole calendar of event texts.
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
            // A chunk of events is made on all cores (a writer per worker) and written in order.
            var texts = new string[Math.Min(Chunk, dates.Length)];
            for (var start = 0; start < dates.Length; start += Chunk)
            {
                var size = Math.Min(Chunk, dates.Length - start);
                Parallel.For(0, size, Text.Parallelism.Options, () => new EventWriter(), (i, _, local) =>
                {
                    texts[i] = local.Write(dates[start + i].Make(), stamp);
                    return local;
                }, _ => { });
                for (var i = 0; i < size; i++)
                {
                    text.Write(texts[i]);
                }
            }

            lines.Value("END", "VCALENDAR");
        });
    }

    /// <summary>Events serialized at a time, so a large registry holds a bounded number of event texts.</summary>
    private const int Chunk = 1024;

    /// <summary>Writes one event's lines into a text it reuses.</summary>
    private sealed class EventWriter
    {
        private readonly StringWriter _text = new(CultureInfo.InvariantCulture);
        private readonly CalendarLines _lines;

        public EventWriter() => _lines = new CalendarLines(_text);

        public string Write(DueDate due, string stamp)
        {
            _text.GetStringBuilder().Clear();
            Event(_lines, due, stamp);
            return _text.ToString();
        }
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
