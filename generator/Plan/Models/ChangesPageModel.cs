namespace Steady.Plan.Models;

/// <summary>Every history event of every project, newest first.</summary>
public sealed record ChangesPageModel(IReadOnlyList<EventView> Changes, int Total, string FullHistory);
