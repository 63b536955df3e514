namespace Steady.Plan.Models;

/// <summary>A registry steward keeping a project steady, with what they may do.</summary>
public sealed record InterimStewardView(string Github, string Name, string StewardUrl, string Since, IReadOnlyList<string> Powers, bool MayRelease);
