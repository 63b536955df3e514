using System.ComponentModel;

namespace Steady.Model;

/// <summary>One event of a project's history; each one is a feed item.</summary>
public sealed record HistoryEvent : Located
{
    public required DateOnly Date { get; init; }

    public required EventKind Kind { get; init; }

    public required string Summary { get; init; }

    [Description("Public source for the event (https).")]
    [Text(TextKind.Url)]
    public required string Source { get; init; }

    [Description("The state entered (status events only).")]
    public ProjectState? State { get; init; }

    [Description("Caution declared by the event; none after an incident is the all-clear.")]
    public CautionLevel? Caution { get; init; }

    [Description("The person the event is about (maintainer and steward events).")]
    [Text(TextKind.GithubLogin)]
    public string? Github { get; init; }
}
