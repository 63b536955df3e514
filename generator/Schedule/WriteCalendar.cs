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
/// as-of date, so the same registry and as-of date give the same bytes. Events are serialized a chunk at a time
/// into the calendar's frame, so a large registry never holds a whole calendar of event objects.
/// </summary>
public sealed class WriteCalendar : ISitePublisher
{
    private const string End = "END:VCALENDAR\r\n";

    /// <summary>Events serialized at a time, so a large registry holds a bounded number of event texts.</summary>
    private const int Chunk = 1024;

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

        var stamp = data.AsOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var dates = DueDates.Pending(data, context);
        var texts = new string[Math.Min(Chunk, dates.Length)];
        // The calendar of a large registry runs to tens of megabytes: it streams to the sink a chunk at a time.
        sink.WriteStream(FeedPaths.Calendar, stream =>
        {
            using var text = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            text.Write(frame.AsSpan(0, end));
            for (var start = 0; start < dates.Length; start += Chunk)
            {
                // A chunk of events is serialized on all cores (a serializer per worker) and written in order.
                var size = Math.Min(Chunk, dates.Length - start);
                Parallel.For(0, size, Text.Parallelism.Options, () => new CalendarSerializer(), (i, _, local) =>
                {
                    texts[i] = Serialize(local, dates[start + i].Make(), stamp);
                    return local;
                }, _ => { });
                for (var i = 0; i < size; i++)
                {
                    text.Write(texts[i]);
                }
            }

            text.Write(frame.AsSpan(end));
        });
    }

    private static string Serialize(CalendarSerializer serializer, DueDate due, DateTime stamp) =>
        serializer.SerializeToString(new CalendarEvent
        {
            Uid = due.Uid,
            DtStamp = new CalDateTime(stamp, true),
            DtStart = new CalDateTime(due.Date),
            Summary = due.Summary,
            Description = due.Description,
            Url = new Uri(due.Url),
            Transparency = "TRANSPARENT",
        }) ?? "";
}
