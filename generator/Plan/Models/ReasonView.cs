namespace Steady.Plan.Models;

/// <summary>One reason for a project's downstream caution.</summary>
public sealed record ReasonView(string Cause, string Level, string LevelLabel, string? Since, string Text);
