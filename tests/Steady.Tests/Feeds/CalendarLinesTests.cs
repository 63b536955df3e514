using System.Text;
using Steady.Schedule;

namespace Steady.Tests.Feeds;

public sealed class CalendarLinesTests
{
    private static string Write(Action<CalendarLines> write)
    {
        var text = new StringWriter();
        write(new CalendarLines(text));
        return text.ToString();
    }

    [Fact]
    public void Text_values_escape_backslash_semicolon_comma_and_line_ends()
    {
        var line = Write(l => l.Text("SUMMARY", "a\\b;c,d\ne\r\nf\rg"));

        Assert.Equal("SUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng\r\n", line);
    }

    [Fact]
    public void Other_values_are_written_as_given()
    {
        Assert.Equal("URL:https://example.org/a,b;c\r\n", Write(l => l.Value("URL", "https://example.org/a,b;c")));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("é")]
    [InlineData("€")]
    [InlineData("🦀")]
    [InlineData("a€🦀é")]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character(string unit)
    {
        var value = string.Concat(Enumerable.Repeat(unit, 200));

        var text = Write(l => l.Text("DESCRIPTION", value));

        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var lines = text[..^2].Split("\r\n");
        Assert.True(lines.Length > 2);
        Assert.All(lines, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, CalendarLines.MaxOctets));
        Assert.All(lines.Skip(1), line => Assert.StartsWith(" ", line, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.False(char.IsHighSurrogate(line[^1]), "a line ends inside a surrogate pair"));
        // Each line is folded only when the next character would not fit.
        Assert.All(lines[..^1].Select((line, i) => (line, next: Rune.GetRuneAt(lines[i + 1], 1))), pair =>
            Assert.True(Encoding.UTF8.GetByteCount(pair.line) + pair.next.Utf8SequenceLength > CalendarLines.MaxOctets));
        Assert.Equal("DESCRIPTION:" + value, string.Concat(lines.Select((l, i) => i == 0 ? l : l[1..])));
    }

    [Fact]
    public void A_hostile_summary_reads_back_as_written()
    {
        const string summary = "a, b; c \\ d\ne \"quoted\" and a long tail that folds: 🦀🦀🦀 ééé €€€ and more words to pass 75 octets";
        var text = Write(l =>
        {
            l.Value("BEGIN", "VCALENDAR");
            l.Value("VERSION", "2.0");
            l.Text("PRODID", WriteCalendar.ProductId);
            l.Value("BEGIN", "VEVENT");
            l.Value("DTSTAMP", "20261127T000000Z");
            l.Value("DTSTART;VALUE=DATE", "20261201");
            l.Text("SUMMARY", summary);
            l.Text("UID", "x/review/2026-12-01@example.org");
            l.Value("END", "VEVENT");
            l.Value("END", "VCALENDAR");
        });

        var calendar = Ical.Net.Calendar.Load(text)!;

        Assert.Equal(summary, Assert.Single(calendar.Events).Summary);
    }
}
