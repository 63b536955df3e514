namespace Steady.Plan.Models;

/// <summary>A maintainer of a project.</summary>
public sealed record PersonView(string Github, string Name, string ProfileUrl, string Role, string? Since, string? ProbationUntil);
