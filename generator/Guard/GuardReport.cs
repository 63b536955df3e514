namespace Steady.Guard;

/// <summary>Everything the guard found and decided about one pull request; every output format is written from it.</summary>
public sealed record GuardReport(
    GuardDecision Decision,
    string BaseCommit,
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
