using System.ComponentModel;
using Steady.Model;

namespace Steady.Api;

/// <summary>One event of a project's history.</summary>
public sealed record ApiHistoryEvent(
    [property: Description("Stable id, the same as the event's feed item id (a tag URI).")] string Id,
    DateOnly Date,
    EventKind Kind,
    string Summary,
    string Source,
    ProjectState? State,
    CautionLevel? Caution,
    string? Github);
