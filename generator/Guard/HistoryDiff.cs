using Steady.Model;

namespace Steady.Guard;

/// <summary>
/// How a history changed: which past events were kept as they were, which were edited or removed, and which are new.
/// Events are matched by their whole content in order (longest common subsequence), so moving lines is not a change.
/// </summary>
public static class HistoryDiff
{
    /// <summary>One step of the comparison.</summary>
    /// <param name="Event">The event at the head, or at the base for a removal.</param>
    /// <param name="Before">The event at the base, for an edit.</param>
    public sealed record Step(HistoryStep Kind, int BaseIndex, int HeadIndex, HistoryEvent Event, HistoryEvent? Before = null);

    public static IReadOnlyList<Step> Compare(IReadOnlyList<HistoryEvent> before, IReadOnlyList<HistoryEvent> after)
    {
        var a = before.Select(Canonical.Of).ToArray();
        var b = after.Select(Canonical.Of).ToArray();
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal)
                    ? lengths[i + 1, j + 1] + 1
                    : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var steps = new List<Step>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                steps.Add(new Step(HistoryStep.Kept, x, y, after[y]));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                steps.Add(new Step(HistoryStep.Added, -1, y, after[y]));
                y++;
            }
            else
            {
                steps.Add(new Step(HistoryStep.Removed, x, -1, before[x]));
                x++;
            }
        }

        var paired = PairEdits(steps);

        // An added event followed by a kept one was inserted before an existing event: backdated.
        var lastKept = paired.FindLastIndex(s => s.Kind is HistoryStep.Kept or HistoryStep.Edited);
        return paired.Select((s, i) => s.Kind == HistoryStep.Added && i < lastKept ? s with { Kind = HistoryStep.Inserted } : s).ToArray();
    }

    /// <summary>Between two kept events, removed and added events are paired in order as edits.</summary>
    private static List<Step> PairEdits(List<Step> steps)
    {
        var result = new List<Step>();
        var gap = new List<Step>();
        foreach (var step in steps.Append(null))
        {
            if (step is not null && step.Kind != HistoryStep.Kept)
            {
                gap.Add(step);
                continue;
            }

            var removed = gap.Where(s => s.Kind == HistoryStep.Removed).ToList();
            var added = gap.Where(s => s.Kind == HistoryStep.Added).ToList();
            var pairs = Math.Min(removed.Count, added.Count);
            for (var k = 0; k < pairs; k++)
            {
                result.Add(new Step(HistoryStep.Edited, removed[k].BaseIndex, added[k].HeadIndex, added[k].Event, removed[k].Event));
            }

            result.AddRange(removed.Skip(pairs));
            result.AddRange(added.Skip(pairs));
            gap.Clear();
            if (step is not null)
            {
                result.Add(step);
            }
        }

        return result;
    }
}
