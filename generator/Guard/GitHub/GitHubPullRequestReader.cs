using Octokit;

namespace Steady.Guard.GitHub;

/// <summary>
/// Reads a pull request through the GitHub REST API (Octokit): the pull request, all its reviews and its author's
/// account. Only read calls; a read-only token is enough (none, for a public repository within the anonymous limit).
/// </summary>
public sealed class GitHubPullRequestReader(IGitHubClient client)
{
    public const string DefaultApiUrl = "https://api.github.com";

    /// <summary>A client for the API at <paramref name="apiUrl"/>, authenticated when a token is given.</summary>
    public static GitHubClient CreateClient(string apiUrl, string? token)
    {
        var client = new GitHubClient(new ProductHeaderValue("steady"), new Uri(apiUrl));
        if (!string.IsNullOrEmpty(token))
        {
            client.Credentials = new Credentials(token);
        }

        return client;
    }

    public async Task<PullRequestFacts> ReadAsync(string owner, string name, int number)
    {
        var pull = await client.PullRequest.Get(owner, name, number).ConfigureAwait(false);
        var reviews = await client.PullRequest.Review.GetAll(owner, name, number).ConfigureAwait(false);
        var author = pull.User?.Login ?? throw new InvalidOperationException("the pull request has no author");
        var user = await client.User.Get(author).ConfigureAwait(false);
        var created = user.CreatedAt == default ? (DateOnly?)null : DateOnly.FromDateTime(user.CreatedAt.UtcDateTime);
        return new PullRequestFacts(
            author,
            created,
            pull.Head?.Sha ?? throw new InvalidOperationException("the pull request has no head commit"),
            pull.Base?.Sha,
            reviews.Select(r => new ReviewRecord(r.User?.Login ?? "", Verdict(r.State), r.CommitId, r.SubmittedAt == default ? null : r.SubmittedAt, r.Id))
                .Where(r => r.Login.Length > 0)
                .ToArray());
    }

    private static ReviewVerdict Verdict(StringEnum<PullRequestReviewState> state) =>
        state.TryParse(out var parsed)
            ? parsed switch
            {
                PullRequestReviewState.Approved => ReviewVerdict.Approved,
                PullRequestReviewState.ChangesRequested => ReviewVerdict.ChangesRequested,
                PullRequestReviewState.Dismissed => ReviewVerdict.Dismissed,
                PullRequestReviewState.Pending => ReviewVerdict.Pending,
                _ => ReviewVerdict.Commented,
            }
            : ReviewVerdict.Commented;
}
