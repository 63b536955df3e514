using Steady.Model;

namespace Steady.Guard;

/// <summary>How a history event is named in reports, and what it touches.</summary>
public static class EventText
{
    public static string Describe(HistoryEvent e)
    {
        var parts = new List<string> { Canonical.Of(e.Date), Canonical.Of(e.Kind) };
        if (e.State is { } state)
        {
            parts.Add($"state {Canonical.Of(state)}");
        }

        if (e.Caution is { } caution)
        {
            parts.Add($"caution {Canonical.Of(caution)}");
        }

        if (e.Github is { } login)
        {
            parts.Add(login);
        }

        return $"{SafeMarkdown.Code(string.Join(" ", parts))} {SafeMarkdown.Code(e.Summary)}";
    }

    /// <summary>Only stewards may record incidents, caution high, and all-clears (caution none).</summary>
    public static bool IsStewardsOnly(HistoryEvent e) =>
        e.Kind == EventKind.Incident || e.Caution is CautionLevel.High or CautionLevel.None ||
        (e.Kind == EventKind.Status && e.State == ProjectState.Unresponsive);

    /// <summary>The area a new event touches.</summary>
    public static ChangeArea AreaOf(HistoryEvent e) => e switch
    {
        { Kind: EventKind.Incident } or { Caution: not null } => ChangeArea.Caution,
        { Kind: EventKind.Status } => ChangeArea.State,
        { Kind: EventKind.MaintainerAdded or EventKind.MaintainerRemoved } => ChangeArea.People,
        { Kind: EventKind.StewardAdded or EventKind.StewardRemoved } => ChangeArea.Stewards,
        _ => ChangeArea.Text,
    };
}
