using System.Text.Json;
using Steady.Cli;

namespace Steady.Tests.Guard;

/// <summary><c>steady guard</c> from the command line: formats, exit codes, usage errors, and the work tree left alone.</summary>
public sealed class GuardCommandTests : IDisposable
{
    private readonly TempGitRepository _repo = new();
    private readonly string _base;
    private readonly string _head;

    public GuardCommandTests()
    {
        FictionalRegistry.WriteBase(_repo);
        _base = _repo.Commit("base");
        _repo.Edit(FictionalRegistry.Quill, "https://github.com/sponsors/quill-lead", "https://github.com/sponsors/mallory");
        _head = _repo.Commit("redirect funding");
    }

    public void Dispose() => _repo.Dispose();

    private Task<(int Exit, string Output)> Guard(params string[] args) =>
        GuardGitHubTests.RunAsync([.. args, "--git-dir", _repo.Root, "--as-of", "2026-03-01"]);

    [Fact]
    public async Task Needs_approval_exits_1_and_allowed_exits_0()
    {
        var (denied, _) = await Guard("--base", _base, "--head", _head, "--author", "mallory", "--author-created", "2020-01-01");
        Assert.Equal(ExitCodes.Failed, denied);

        var (allowed, text) = await Guard("--base", _base, "--head", _head, "--author", "quill-lead", "--author-created", "2020-01-01",
            "--approvals", "steward-ana, quill-lead");
        Assert.True(allowed == ExitCodes.Ok, text);
        Assert.Contains("steady guard: allowed", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Branch_names_work_as_revisions()
    {
        _repo.Git("branch", "-f", "pr-base", _base);
        var (exit, text) = await Guard("--base", "pr-base", "--head", "main", "--author", "mallory", "--author-created", "2020-01-01");
        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("funding-channels", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_branch_behind_its_base_is_judged_on_its_own_changes()
    {
        _repo.Git("checkout", "-q", "-b", "behind", _base);
        _repo.Edit(FictionalRegistry.Parse, "A small streaming parser", "A small, fast streaming parser");
        var prHead = _repo.Commit("summary edit on an old base");

        // main (the base) has moved on: it redirected libquill's funding; the pull request did not.
        var (exit, text) = await Guard("--base", "main", "--head", prHead, "--author", "parse-dev", "--author-created", "2020-01-01");
        Assert.True(exit == ExitCodes.Ok, text);
        Assert.DoesNotContain("libquill", text, StringComparison.Ordinal);
        Assert.Contains("changes are compared from", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_names_the_decision_rules_and_changes()
    {
        var (exit, output) = await Guard("--base", _base, "--head", _head, "--author", "mallory", "--author-created", "2020-01-01", "--format", "json");
        Assert.Equal(ExitCodes.Failed, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("needs-approval", root.GetProperty("decision").GetString());
        Assert.Equal(1, root.GetProperty("exit_code").GetInt32());
        Assert.Equal(_head, root.GetProperty("head_commit").GetString());
        var check = Assert.Single(root.GetProperty("checks").EnumerateArray());
        Assert.Equal("funding-channels", check.GetProperty("rule").GetString());
        Assert.Equal("needs-approval", check.GetProperty("outcome").GetString());
        var field = root.GetProperty("changes")[0].GetProperty("fields")[0];
        Assert.Equal("funding-channels", field.GetProperty("area").GetString());
    }

    [Fact]
    public async Task Github_format_writes_annotations_on_the_changed_line()
    {
        var (_, output) = await Guard("--base", _base, "--head", _head, "--author", "mallory", "--author-created", "2026-02-20", "--format", "github");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.StartsWith("::", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("::warning file=registry-data/projects/libquill.yml,line=24,title=steady guard%3A funding-channels::", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("::warning title=steady guard%3A young-account::", StringComparison.Ordinal));
        Assert.StartsWith("::error title=steady guard::needs approval", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_option_writes_the_markdown_report_beside_any_format()
    {
        var report = Path.Combine(_repo.Root, "..", Path.GetFileName(_repo.Root) + "-report.md");
        try
        {
            var (_, output) = await Guard("--base", _base, "--head", _head, "--author", "mallory", "--author-created", "2020-01-01",
                "--format", "github", "--report", report);
            Assert.StartsWith("::", output, StringComparison.Ordinal);
            Assert.StartsWith("## ⏳ Steady guard: needs approval", File.ReadAllText(report), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public async Task The_work_tree_and_index_are_left_alone()
    {
        _repo.Write(FictionalRegistry.Parse, "uncommitted: edit\n");
        var before = _repo.Git("status", "--porcelain");
        await Guard("--base", _base, "--head", _head, "--author", "mallory", "--author-created", "2020-01-01");
        Assert.Equal(before, _repo.Git("status", "--porcelain"));
        Assert.Equal("uncommitted: edit\n", _repo.Read(FictionalRegistry.Parse));
    }

    [Theory]
    [InlineData("--head=--upload-pack=touch")]
    [InlineData("--head=main..evil")]
    [InlineData("--head=HEAD:registry-data/stewards.yml")]
    [InlineData("--head=no-such-branch")]
    [InlineData("--head=main with space")]
    public async Task Bad_revisions_are_usage_errors(string head)
    {
        var (exit, output) = await Guard("--base", _base, head, "--author", "mallory");
        Assert.True(exit == ExitCodes.Usage, output);
        Assert.Contains("--head", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--head", "HEAD")]
    [InlineData("--base", "HEAD", "--head", "HEAD")]
    [InlineData("--base", "HEAD", "--head", "HEAD", "--author", "a", "--format", "yaml")]
    [InlineData("--base", "HEAD", "--head", "HEAD", "--author", "a", "--repo", "o/r")]
    [InlineData("--base", "HEAD", "--head", "HEAD", "--repo", "o/r", "--pr", "1", "--approvals", "x")]
    [InlineData("--base", "HEAD", "--head", "HEAD", "--repo", "not a repo", "--pr", "1")]
    [InlineData("--base", "HEAD", "--head", "HEAD", "--repo", "o/r", "--pr", "0")]
    [InlineData("--base", "HEAD", "--head", "HEAD", "--author", "a", "--admins", "r\u0435po-admin")]
    [InlineData("--base", "HEAD", "--head", "HEAD", "--author", "a", "--author-created", "yesterday")]
    [InlineData("--base", "HEAD", "--head", "HEAD", "--author", "a", "--api-url", "file:///etc/passwd")]
    public async Task Bad_command_lines_are_usage_errors(params string[] args)
    {
        var (exit, output) = await Guard(args);
        Assert.True(exit == ExitCodes.Usage, output);
    }

    [Fact]
    public async Task A_folder_that_is_not_a_repository_is_a_usage_error()
    {
        var folder = Directory.CreateTempSubdirectory("steady-guard-norepo-");
        try
        {
            var (exit, output) = await GuardGitHubTests.RunAsync("--base", "HEAD", "--head", "HEAD", "--author", "a", "--git-dir", folder.FullName);
            Assert.True(exit == ExitCodes.Usage, output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
