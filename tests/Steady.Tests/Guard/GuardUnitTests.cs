using System.Reflection;
using Steady.Guard;
using Steady.Guard.Git;

namespace Steady.Tests.Guard;

public sealed class GuardUnitTests
{
    private const string Head = "1111111111111111111111111111111111111111";
    private const string Old = "2222222222222222222222222222222222222222";

    private static ReviewRecord Review(string login, ReviewVerdict verdict, string commit, int minute) =>
        new(login, verdict, commit, new DateTimeOffset(2026, 2, 1, 12, minute, 0, TimeSpan.Zero), minute);

    [Fact]
    public void Only_each_reviewers_latest_verdict_on_the_head_counts()
    {
        var result = ReviewFilter.Apply(
        [
            Review("ana", ReviewVerdict.Approved, Head, 1),
            Review("ana", ReviewVerdict.Commented, Head, 2),
            Review("ben", ReviewVerdict.Approved, Head, 1),
            Review("BEN", ReviewVerdict.ChangesRequested, Head, 3),
            Review("cho", ReviewVerdict.ChangesRequested, Head, 1),
            Review("cho", ReviewVerdict.Approved, Old, 4),
            Review("dee", ReviewVerdict.Approved, Head, 5),
            Review("dee", ReviewVerdict.Dismissed, Head, 6),
            Review("eve", ReviewVerdict.Pending, Head, 7),
            Review("author", ReviewVerdict.Approved, Head, 8),
        ], "Author", Head);

        Assert.Equal(["ana"], result.Approvers);
        var ignored = result.Ignored.ToDictionary(i => i.Login, i => i.Reason, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("requests changes", ignored["ben"], StringComparison.Ordinal);
        Assert.StartsWith("stale", ignored["cho"], StringComparison.Ordinal);
        Assert.Contains("dismissed", ignored["dee"], StringComparison.Ordinal);
        Assert.Contains("author", ignored["author"], StringComparison.Ordinal);
        Assert.False(ignored.ContainsKey("eve"));
    }

    [Fact]
    public void Reviews_with_the_same_time_are_ordered_by_id()
    {
        var at = new DateTimeOffset(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);
        var result = ReviewFilter.Apply(
        [
            new ReviewRecord("ana", ReviewVerdict.ChangesRequested, Head, at, 2),
            new ReviewRecord("ana", ReviewVerdict.Approved, Head, at, 1),
        ], "author", Head);
        Assert.Empty(result.Approvers);
    }

    [Fact]
    public void An_approver_with_a_lookalike_login_is_refused()
    {
        var result = ReviewFilter.Apply([Review("stew\u0430rd-ana", ReviewVerdict.Approved, Head, 1)], "author", Head);
        Assert.Empty(result.Approvers);
        Assert.Single(result.RefusedLogins);
    }

    [Theory]
    [InlineData("quill-lead", true)]
    [InlineData("Quill-Lead", true)]
    [InlineData("quill-le\u0430d", false)]
    [InlineData("quill\u200Blead", false)]
    [InlineData("ｑuill-lead", false)]
    [InlineData("quill--lead", false)]
    [InlineData("-quill", false)]
    [InlineData("quill lead", false)]
    [InlineData("", false)]
    public void Logins_outside_githubs_alphabet_are_not_valid(string login, bool valid) =>
        Assert.Equal(valid, Logins.IsValid(login));

    [Fact]
    public void Logins_compare_case_insensitively_and_lookalikes_share_a_skeleton()
    {
        Assert.True(Logins.Same("Quill-LEAD", "quill-lead"));
        Assert.False(Logins.Same("quill-lead", "quill-le\u0430d"));
        Assert.Equal(Logins.Skeleton("example-lead"), Logins.Skeleton("examp1e-1ead"));
        Assert.Equal(Logins.Skeleton("modern"), Logins.Skeleton("rnodern"));
        Assert.NotEqual(Logins.Skeleton("alice"), Logins.Skeleton("bob"));
        Assert.Contains("U+0430", Logins.Explain("quill-le\u0430d"), StringComparison.Ordinal);
        Assert.Contains("U+200B", Logins.Explain("quill\u200Blead"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("main", null)]
    [InlineData("origin/main", null)]
    [InlineData("HEAD~1", null)]
    [InlineData("refs/pull/7/merge", null)]
    [InlineData("0123456789abcdef0123456789abcdef01234567", null)]
    [InlineData("-n", "starts with '-'")]
    [InlineData("--output=/tmp/x", "starts with '-'")]
    [InlineData("a..b", "is a range or a path, not one commit")]
    [InlineData("HEAD:README.md", "is a range or a path, not one commit")]
    [InlineData("main\nmain", "contains spaces, control or non-ASCII characters")]
    [InlineData("mаin", "contains spaces, control or non-ASCII characters")]
    [InlineData("", "is empty")]
    public void Revisions_are_checked_before_they_reach_git(string revision, string? problem) =>
        Assert.Equal(problem, GitRefs.Problem(revision));

    [Theory]
    [InlineData("plain", "`plain`")]
    [InlineData("has `tick`", "`` has `tick` ``")]
    [InlineData("line\nbreak", "`line break`")]
    [InlineData("@mallory <script>", "`@mallory <script>`")]
    public void Values_become_single_line_code_spans(string value, string expected) =>
        Assert.Equal(expected, SafeMarkdown.Code(value));

    [Fact]
    public void Long_values_are_cut()
    {
        var code = SafeMarkdown.Code(new string('x', 500));
        Assert.True(code.Length < 140);
        Assert.EndsWith("...`", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_is_described_once_and_every_rule_used_is_described()
    {
        var ids = GuardRules.Descriptions.Select(r => r.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(GuardRules.Descriptions, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));

        var declared = typeof(GuardRules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(GuardRule))
            .Select(f => ((GuardRule)f.GetValue(null)!).Id);
        Assert.Equal(declared.Order(), ids.Order());

        var used = GuardCorpus.All.Select(GuardScenarioRunner.Run)
            .SelectMany(r => r.Checks.Select(c => c.Rule).Concat(r.Flags.Select(f => f.Rule)))
            .Distinct();
        Assert.All(used, id => Assert.Contains(id, ids));
    }

    [Fact]
    public void Code_paths_and_registry_entries_are_told_apart()
    {
        Assert.True(RegistryPaths.IsCode("generator/Guard/GuardEngine.cs"));
        Assert.True(RegistryPaths.IsCode(".github/workflows/pr.yml"));
        Assert.True(RegistryPaths.IsCode("registry-data/stewards.yml"));
        Assert.True(RegistryPaths.IsCode("Directory.Packages.props"));
        Assert.False(RegistryPaths.IsCode("content/about.md"));
        Assert.False(RegistryPaths.IsCode("generatorx/file"));
        Assert.True(RegistryPaths.IsEntry("registry-data/projects/libquill.yml"));
        Assert.True(RegistryPaths.IsEntry("registry-data/sponsors/acme.yml"));
        Assert.False(RegistryPaths.IsEntry("registry-data/stewards.yml"));
        Assert.Equal("libquill", RegistryPaths.ProjectSlug("registry-data/projects/libquill.yml"));
        Assert.Null(RegistryPaths.ProjectSlug("registry-data/projects/LibQuill.yml"));
        Assert.Null(RegistryPaths.ProjectSlug("registry-data/projects/sub/libquill.yml"));
    }
}
