namespace Steady.Guard;

/// <summary>Everything the guard found and decided about one pull request; every output format is written from it.</summary>
/// <param name="BaseCommit">Where roles (stewards, maintainers) were read: the base the change merges into.</param>
/// <param name="CompareCommit">Where the compared values were read: the fork point or the merge's first parent (usually the base).</param>
public sealed record GuardReport(
    GuardDecision Decision,
    string BaseCommit,
    string CompareCommit,
    string HeadCommit,
    PullRequestRef? PullRequest,
    AuthorInfo Author,
    IReadOnlyList<string> Approvals,
    IReadOnlyList<IgnoredApproval> IgnoredApprovals,
    int StewardCount,
    bool AdminFallback,
    IReadOnlyList<SubjectChanges> Changes,
    IReadOnlyList<RuleCheck> Checks,
    IReadOnlyList<GuardFlag> Flags)
{
    /// <summary>The exit code of <c>steady guard</c>: 0 allowed, 1 otherwise.</summary>
    public int ExitCode => Decision == GuardDecision.Allowed ? Cli.ExitCodes.Ok : Cli.ExitCodes.Failed;
}
