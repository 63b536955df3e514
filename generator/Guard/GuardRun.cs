using Steady.Guard.Git;
using Steady.Guard.GitHub;

namespace Steady.Guard;

/// <summary>
/// One run of the guard: resolves the two commits, asks GitHub about the pull request when one is named, lists the
/// changed paths, reads the registry at both commits and lets <see cref="GuardEngine"/> decide.
/// </summary>
public static class GuardRun
{
    /// <exception cref="GuardInputException">A commit, the repository or the pull request could not be read.</exception>
    public static async Task<GuardReport> ExecuteAsync(GuardOptions options)
    {
        var repository = new GitRepository(new GitRunner(options.GitDir));
        try
        {
            var baseCommit = repository.ResolveCommit(options.BaseRef, "--base");
            var headCommit = repository.ResolveCommit(options.HeadRef, "--head");
            var author = options.Author;
            var reviewCommit = headCommit;
            var flags = new List<GuardFlag>();
            IReadOnlyList<ReviewRecord> reviews = options.Approvals
                .Select((login, i) => new ReviewRecord(login, ReviewVerdict.Approved, headCommit, null, i))
                .ToArray();
            var created = options.AuthorCreated;
            string? mergedParent = null;

            if (options.PullRequest is { } pr)
            {
                var facts = await ReadPullRequest(options, pr).ConfigureAwait(false);
                if (author is not null && !Logins.Same(author, facts.Author))
                {
                    throw new GuardInputException($"--author '{author}' is not the author of {pr} ('{facts.Author}')");
                }

                author = facts.Author;
                created = facts.AuthorCreated;
                reviews = facts.Reviews;
                reviewCommit = facts.HeadSha;
                if (!string.Equals(facts.HeadSha, headCommit, StringComparison.OrdinalIgnoreCase))
                {
                    var parents = repository.Parents(headCommit);
                    if (parents.Count != 2 || !parents.Contains(facts.HeadSha, StringComparer.OrdinalIgnoreCase))
                    {
                        throw new GuardInputException(
                            $"--head {ReviewFilter.Short(headCommit)} is neither {pr}'s head commit {ReviewFilter.Short(facts.HeadSha)} nor a merge of it; fetch the pull request's head and pass it as --head");
                    }

                    mergedParent = parents[0] == facts.HeadSha ? parents[1] : parents[0];
                    flags.Add(new GuardFlag(FlagLevel.Notice, GuardRules.SignOffs.Id,
                        $"the compared head {SafeMarkdown.Code(ReviewFilter.Short(headCommit))} merges the pull request's head {SafeMarkdown.Code(ReviewFilter.Short(facts.HeadSha))}; approvals are counted for {SafeMarkdown.Code(ReviewFilter.Short(facts.HeadSha))}"));
                }
            }

            if (author is null)
            {
                throw new GuardInputException("--author is required unless --repo and --pr name a pull request");
            }

            // Compare from where the change starts, so that what the base branch did meanwhile is not put on the author:
            // the merge's first parent when the head merges the pull request, else the fork point.
            var compare = mergedParent ?? repository.MergeBase(baseCommit, headCommit);
            if (compare != baseCommit)
            {
                flags.Add(new GuardFlag(FlagLevel.Notice, GuardRules.SignOffs.Id,
                    $"changes are compared from {SafeMarkdown.Code(ReviewFilter.Short(compare))} (where the change starts); roles are read at the base {SafeMarkdown.Code(ReviewFilter.Short(baseCommit))}"));
            }

            var paths = repository.Diff(compare, headCommit);
            var request = new GuardRequest(baseCommit, headCommit, reviewCommit, author, created, reviews, options.Admins,
                options.AsOf, options.PullRequest, flags);
            var baseRevision = RegistryRevision.Read(repository, baseCommit);
            var before = compare == baseCommit ? baseRevision : RegistryRevision.Read(repository, compare);
            return GuardEngine.Evaluate(request, baseRevision, before, RegistryRevision.Read(repository, headCommit), paths);
        }
        catch (GitCommandException ex)
        {
            throw new GuardInputException(ex.Message);
        }

        async Task<PullRequestFacts> ReadPullRequest(GuardOptions o, PullRequestRef pr)
        {
            var parts = pr.Repository.Split('/');
            var reader = new GitHubPullRequestReader(GitHubPullRequestReader.CreateClient(o.ApiUrl, o.Token));
            try
            {
                return await reader.ReadAsync(parts[0], parts[1], pr.Number).ConfigureAwait(false);
            }
            catch (Octokit.ApiException ex)
            {
                throw new GuardInputException($"could not read {pr} from {o.ApiUrl}: {(int)ex.StatusCode} {ex.Message}");
            }
            catch (HttpRequestException ex)
            {
                throw new GuardInputException($"could not reach {o.ApiUrl}: {ex.Message}");
            }
            catch (InvalidOperationException ex)
            {
                throw new GuardInputException($"could not use {pr}: {ex.Message}");
            }
        }
    }
}
