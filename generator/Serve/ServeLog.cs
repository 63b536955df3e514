using System.Globalization;
using Steady.Cli;

namespace Steady.Serve;

/// <summary>What <c>steady serve</c> prints, one whole line at a time from any thread, each change timed.</summary>
internal sealed class ServeLog(Terminal terminal)
{
    private readonly Lock _lock = new();

    public void Line(string text)
    {
        lock (_lock)
        {
            terminal.Out.WriteLine(text);
            terminal.Out.Flush();
        }
    }

    /// <summary>A line starting with the local time of day.</summary>
    public void Event(string text) =>
        Line(DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + " " + text);

    public void Lines(IEnumerable<string> lines)
    {
        lock (_lock)
        {
            foreach (var line in lines)
            {
                terminal.Out.WriteLine(line);
            }

            terminal.Out.Flush();
        }
    }

    public static string Milliseconds(TimeSpan elapsed) =>
        elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    public static string Seconds(TimeSpan elapsed) =>
        elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
