namespace Steady.Guard;

/// <summary>What <c>steady guard</c> was asked, after the command line was checked.</summary>
/// <param name="GitDir">A folder inside the git repository to read.</param>
/// <param name="Author">The author's login; with a pull request, GitHub's answer wins and must agree when both are given.</param>
/// <param name="Approvals">Approving reviewers given on the command line (counted for the head commit).</param>
/// <param name="PullRequest">The pull request to ask GitHub about, or null.</param>
public sealed record GuardOptions(
    string GitDir,
    string BaseRef,
    string HeadRef,
    string? Author,
    IReadOnlyList<string> Approvals,
    IReadOnlyList<string> Admins,
    DateOnly? AuthorCreated,
    DateOnly AsOf,
    PullRequestRef? PullRequest = null,
    string ApiUrl = GitHub.GitHubPullRequestReader.DefaultApiUrl,
    string? Token = null);
