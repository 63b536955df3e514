using Steady.Model;

namespace Steady.Guard;

/// <summary>
/// How a history changed: which past events were kept as they were, which were edited or removed, and which are new.
/// Events are matched by their whole content in order (longest common subsequence), so moving lines is not a change.
/// </summary>
public static class HistoryDiff
{
    /// <summary>One step of the comparison.</summary>
    public sealed record Step(HistoryStep Kind, int BaseIndex, int HeadIndex, HistoryEvent Event);

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

        // An added event followed by a kept one was inserted before an existing event: backdated.
        var lastKept = steps.FindLastIndex(s => s.Kind == HistoryStep.Kept);
        return steps.Select((s, i) => s.Kind == HistoryStep.Added && i < lastKept ? s with { Kind = HistoryStep.Inserted } : s).ToArray();
    }
}
