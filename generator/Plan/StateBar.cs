using Steady.Plan.Models;

namespace Steady.Plan;

/// <summary>
/// Lays out the projects-by-state bar: each state with projects gets a width in a 1000-unit SVG proportional to
/// its count, at least a sliver so that small states stay visible; the widths always add up to 1000.
/// </summary>
internal static class StateBar
{
    public const int Width = 1000;
    private const int Sliver = 6;

    public static BarSegment[] Layout(IReadOnlyList<(StateView State, int Count)> counts)
    {
        var total = counts.Sum(c => c.Count);
        var present = counts.Where(c => c.Count > 0).ToArray();
        if (total == 0)
        {
            return [];
        }

        var widths = present.Select(c => Math.Max(Sliver, (int)Math.Round((double)c.Count * Width / total, MidpointRounding.AwayFromZero))).ToArray();
        var widest = Array.IndexOf(widths, widths.Max());
        widths[widest] += Width - widths.Sum();

        var segments = new BarSegment[present.Length];
        var x = 0;
        for (var i = 0; i < present.Length; i++)
        {
            var percent = (decimal)present[i].Count * 100 / total;
            segments[i] = new BarSegment(present[i].State, present[i].Count, x, widths[i], Math.Round(percent, 1, MidpointRounding.AwayFromZero).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture));
            x += widths[i];
        }

        return segments;
    }
}
