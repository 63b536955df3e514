namespace Steady.Guard;

/// <summary>What the guard is asked to judge: two commits, who wrote the change and who reviewed it.</summary>
/// <param name="ReviewCommit">The commit approvals must name to count (the pull request's head).</param>
/// <param name="AuthorCreated">When the author's GitHub account was created; null when unknown (treated as new).</param>
/// <param name="AsOf">The date account ages and probations are counted to.</param>
/// <param name="Flags">Flags found before the comparison (for example about the head commit).</param>
public sealed record GuardRequest(
    string BaseCommit,
    string HeadCommit,
    string ReviewCommit,
    string Author,
    DateOnly? AuthorCreated,
    IReadOnlyList<ReviewRecord> Reviews,
    IReadOnlyList<string> Admins,
    DateOnly AsOf,
    PullRequestRef? PullRequest = null,
    IReadOnlyList<GuardFlag>? Flags = null);
