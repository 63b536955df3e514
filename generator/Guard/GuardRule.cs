namespace Steady.Guard;

/// <summary>One rule the guard enforces: a stable id used in reports, a title and the exact policy text.</summary>
public sealed record GuardRule(string Id, string Title, string Description);
