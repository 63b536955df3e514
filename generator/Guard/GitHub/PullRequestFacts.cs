namespace Steady.Guard.GitHub;

/// <summary>What GitHub says about a pull request: its author, head and base commits, reviews, and the author's account age.</summary>
public sealed record PullRequestFacts(
    string Author,
    DateOnly? AuthorCreated,
    string HeadSha,
    string? BaseSha,
    IReadOnlyList<ReviewRecord> Reviews);
