namespace Steady.Plan.Models;

/// <summary>A choice of the project filter, with how many projects it matches.</summary>
public sealed record FilterOption(string Value, string Label, int Count);
