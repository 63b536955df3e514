namespace Steady.Plan.Models;

/// <summary>One history event as shown in a timeline or the list of changes.</summary>
public sealed record EventView(
    string Id,
    string Date,
    string Kind,
    string KindLabel,
    string Summary,
    string? Source,
    string? SourceText,
    StateView? State,
    string? Caution,
    string? Github,
    string ProjectName,
    string ProjectUrl);
