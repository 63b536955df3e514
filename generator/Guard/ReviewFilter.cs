namespace Steady.Guard;

/// <summary>
/// Turns reviews into approvals: each reviewer's latest verdict (approved, changes requested, dismissed; comments and
/// pending reviews do not change a verdict) counts when it approves the head commit. The author's own approval never counts.
/// </summary>
public static class ReviewFilter
{
    public sealed record Result(IReadOnlyList<string> Approvers, IReadOnlyList<IgnoredApproval> Ignored, IReadOnlyList<string> RefusedLogins);

    public static Result Apply(IEnumerable<ReviewRecord> reviews, string author, string headCommit)
    {
        var approvers = new List<string>();
        var ignored = new List<IgnoredApproval>();
        var refused = new List<string>();
        var latest = reviews
            .Where(r => r.Verdict is ReviewVerdict.Approved or ReviewVerdict.ChangesRequested or ReviewVerdict.Dismissed)
            .OrderBy(r => r.SubmittedAt ?? DateTimeOffset.MinValue)
            .ThenBy(r => r.Order)
            .GroupBy(r => r.Login, Logins.Comparer)
            .Select(g => g.Last())
            .OrderBy(r => r.Login, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Login, StringComparer.Ordinal);

        foreach (var review in latest)
        {
            if (!Logins.IsValid(review.Login))
            {
                refused.Add(review.Login);
            }
            else if (review.Verdict != ReviewVerdict.Approved)
            {
                var verdict = review.Verdict == ReviewVerdict.Dismissed ? "the approval was dismissed" : "the latest review requests changes";
                ignored.Add(new IgnoredApproval(review.Login, verdict));
            }
            else if (Logins.Same(review.Login, author))
            {
                ignored.Add(new IgnoredApproval(review.Login, "the author's own approval never counts"));
            }
            else if (review.CommitId is null || !string.Equals(review.CommitId, headCommit, StringComparison.OrdinalIgnoreCase))
            {
                var commit = review.CommitId is null ? "an unknown commit" : $"commit {SafeMarkdown.Code(Short(review.CommitId))}";
                ignored.Add(new IgnoredApproval(review.Login, $"stale: approved {commit}, not the head {SafeMarkdown.Code(Short(headCommit))}"));
            }
            else
            {
                approvers.Add(review.Login);
            }
        }

        return new Result(approvers, ignored, refused);
    }

    public static string Short(string commit) => commit.Length > 7 ? commit[..7] : commit;
}
