namespace Steady.Audit;

/// <summary>An interim steward keeping a project steady, and what they may do.</summary>
/// <param name="Github">The steward's GitHub handle.</param>
/// <param name="Powers">Their powers: <c>triage</c>, <c>review</c>, <c>merge</c>, <c>release</c>.</param>
public sealed record AuditSteward(string Github, IReadOnlyList<string> Powers);
