using System.Text.Json;
using Steady.Cli;

namespace Steady.Tests.Guard;

/// <summary>The <c>--repo</c>/<c>--pr</c> path: Octokit against a recorded GitHub API on 127.0.0.1. No test reaches the internet.</summary>
public sealed class GuardGitHubTests
{
    [Fact]
    public async Task Reviews_author_and_account_age_come_from_GitHub()
    {
        using var repo = new TempGitRepository();
        FictionalRegistry.WriteBase(repo);
        var baseCommit = repo.Commit("base");
        repo.Edit(FictionalRegistry.Quill, "Compression library and tools", "Compression library and command-line tools");
        var stale = repo.Commit("first version");
        repo.Edit(FictionalRegistry.Quill, "    since: 2019-06-01\n", "    since: 2019-06-01\n  - github: mallory\n    role: co-maintainer\n    since: 2026-02-20\n");
        var head = repo.Commit("add mallory");

        await using var github = await RecordedGitHub.StartAsync(new Dictionary<string, string> { ["HEAD"] = head, ["BASE"] = baseCommit, ["STALE"] = stale });
        var (exit, output) = await RunAsync("--base", baseCommit, "--head", head, "--repo", "quill-org/registry", "--pr", "7",
            "--api-url", github.Url, "--token", "test-token", "--git-dir", repo.Root, "--as-of", "2026-03-01", "--format", "json");

        Assert.Equal(ExitCodes.Failed, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("needs-approval", root.GetProperty("decision").GetString());
        Assert.Equal("mallory", root.GetProperty("author").GetProperty("login").GetString());
        Assert.Equal(76, root.GetProperty("author").GetProperty("age_days").GetInt32());
        Assert.False(root.GetProperty("author").GetProperty("may_stand_alone").GetBoolean());
        Assert.Equal(["steward-ana"], root.GetProperty("approvals").EnumerateArray().Select(a => a.GetString()!).ToArray());
        var ignored = root.GetProperty("ignored_approvals").EnumerateArray()
            .ToDictionary(i => i.GetProperty("login").GetString()!, i => i.GetProperty("reason").GetString()!);
        Assert.StartsWith("stale", ignored["quill-co"], StringComparison.Ordinal);
        Assert.Contains("requests changes", ignored["steward-ben"], StringComparison.Ordinal);
        Assert.False(ignored.ContainsKey("mallory"));
        Assert.Equal("quill-org/registry", root.GetProperty("pull_request").GetProperty("repository").GetString());

        var paths = github.Requests.Select(r => r.Path).ToArray();
        Assert.Contains(paths, p => p.EndsWith("/repos/quill-org/registry/pulls/7", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.EndsWith("/repos/quill-org/registry/pulls/7/reviews", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.EndsWith("/users/mallory", StringComparison.Ordinal));
        Assert.All(github.Requests, r => Assert.Contains("test-token", r.Authorization, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_merge_commit_head_counts_reviews_of_the_pull_request_head()
    {
        using var repo = new TempGitRepository();
        FictionalRegistry.WriteBase(repo);
        var baseCommit = repo.Commit("base");
        repo.Git("checkout", "-q", "-b", "patch-1");
        repo.Edit(FictionalRegistry.Quill, "    since: 2019-06-01\n", "    since: 2019-06-01\n  - github: mallory\n    role: co-maintainer\n    since: 2026-02-20\n");
        var prHead = repo.Commit("add mallory");
        repo.Git("checkout", "-q", "main");
        repo.Write("README.md", "# A fictional registry for guard tests, updated on main\n");
        repo.Commit("main moves on");
        repo.Git("merge", "-q", "--no-ff", "--no-edit", "patch-1");
        var merge = repo.Git("rev-parse", "HEAD").Trim();

        await using var github = await RecordedGitHub.StartAsync(new Dictionary<string, string> { ["HEAD"] = prHead, ["BASE"] = baseCommit });
        var (exit, output) = await RunAsync("--base", baseCommit, "--head", merge, "--repo", "quill-org/registry", "--pr", "8",
            "--api-url", github.Url, "--git-dir", repo.Root, "--as-of", "2026-03-01", "--format", "markdown");

        Assert.True(exit == ExitCodes.Ok, output);
        Assert.Contains("Steady guard: allowed", output, StringComparison.Ordinal);
        Assert.Contains("approvals counted: `Quill-Lead`", output, StringComparison.Ordinal);
        Assert.Contains("merges the pull request's head", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_head_that_is_not_the_pull_request_is_a_usage_error()
    {
        using var repo = new TempGitRepository();
        FictionalRegistry.WriteBase(repo);
        var baseCommit = repo.Commit("base");
        repo.Edit(FictionalRegistry.Quill, "Compression library and tools", "Compression tools");
        var head = repo.Commit("edit");

        await using var github = await RecordedGitHub.StartAsync(new Dictionary<string, string> { ["HEAD"] = baseCommit, ["BASE"] = baseCommit });
        var (exit, output) = await RunAsync("--base", baseCommit, "--head", head, "--repo", "quill-org/registry", "--pr", "7",
            "--api-url", github.Url, "--git-dir", repo.Root, "--as-of", "2026-03-01");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("is neither", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_pull_request_is_a_usage_error()
    {
        using var repo = new TempGitRepository();
        FictionalRegistry.WriteBase(repo);
        var baseCommit = repo.Commit("base");

        await using var github = await RecordedGitHub.StartAsync(new Dictionary<string, string>());
        var (exit, output) = await RunAsync("--base", baseCommit, "--head", baseCommit, "--repo", "quill-org/registry", "--pr", "404",
            "--api-url", github.Url, "--git-dir", repo.Root);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("could not read quill-org/registry#404", output, StringComparison.Ordinal);
    }

    /// <summary>Runs <c>steady guard</c> off the test's synchronization context, as the program would run.</summary>
    internal static Task<(int Exit, string Output)> RunAsync(params string[] args) => Task.Run(() =>
    {
        var writer = new StringWriter();
        var exit = SteadyApp.Run(["guard", .. args], Terminal.ForWriter(writer));
        return (exit, writer.ToString());
    });
}
