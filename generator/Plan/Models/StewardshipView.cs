namespace Steady.Plan.Models;

/// <summary>A project a steward keeps steady, with the steward's powers there.</summary>
public sealed record StewardshipView(string ProjectName, string ProjectUrl, string Since, IReadOnlyList<string> Powers);
