namespace Steady.Guard;

/// <summary>One review of a pull request: who, what verdict, on which commit, when.</summary>
/// <param name="Order">Tie-breaker when two reviews have the same time (GitHub's review id, or the position given).</param>
public sealed record ReviewRecord(string Login, ReviewVerdict Verdict, string? CommitId, DateTimeOffset? SubmittedAt, long Order);
