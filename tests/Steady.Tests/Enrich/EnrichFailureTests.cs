using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Steady.Enrich;

namespace Steady.Tests.Enrich;

/// <summary>
/// Each failure gives its documented outcome and loses no earlier file: every test first runs on good data,
/// then breaks one answer and runs again a day later.
/// </summary>
public sealed class EnrichFailureTests
{
    private static readonly DateTimeOffset NextDay = EnrichRun.FirstFetch.AddDays(1);

    [Fact]
    public async Task A_missing_repository_fails_that_project_only_and_keeps_its_earlier_file()
    {
        await using var run = await EnrichRun.StartAsync();
        var before = await SeedAsync(run);
        run.GitHub.Remove("/repos/gamma-org/gammadb");
        MoreStars(run, "alpha-org/libalpha");

        var report = await run.RunAsync(NextDay);

        var gamma = report.Outcomes.Single(o => o.Slug == "gammadb");
        Assert.Equal(OutcomeKind.Failed, gamma.Kind);
        Assert.Contains("not found", gamma.Detail, StringComparison.Ordinal);
        Assert.False(report.Succeeded);
        Assert.Equal(OutcomeKind.Updated, report.Outcomes.Single(o => o.Slug == "libalpha").Kind);
        AssertKept(run, before, "gammadb", "betatool");
    }

    [Theory]
    [InlineData(403)]
    [InlineData(429)]
    public async Task A_rate_limit_that_resets_within_max_wait_is_waited_out(int status)
    {
        await using var run = await EnrichRun.StartAsync();
        await SeedAsync(run);
        var limited = 0;
        run.GitHub.Scripted("/repos/beta-org/betatool", async (context, _) =>
        {
            if (Interlocked.Increment(ref limited) > 1)
            {
                return false;
            }

            await RateLimited(context, status, TimeSpan.FromSeconds(1));
            return true;
        });
        var clock = Stopwatch.StartNew();

        var report = await run.RunAsync(NextDay);

        Assert.True(report.Succeeded, string.Join("\n", report.Outcomes));
        Assert.Equal(2, limited);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"did not wait for the reset ({clock.Elapsed})");
        Assert.Contains(run.Notices, n => n.Contains("rate limit reached; waiting", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(403)]
    [InlineData(429)]
    public async Task A_rate_limit_that_resets_later_stops_the_run_and_keeps_every_file_written(int status)
    {
        await using var run = await EnrichRun.StartAsync();
        var before = await SeedAsync(run);
        MoreStars(run, "beta-org/betatool");
        MoreStars(run, "alpha-org/libalpha");
        run.GitHub.Scripted("/repos/gamma-org/gammadb", async (context, _) =>
        {
            await RateLimited(context, status, TimeSpan.FromHours(1));
            return true;
        });
        var requestsBefore = run.GitHub.Requests.Count;

        var report = await run.RunAsync(NextDay);

        Assert.False(report.Succeeded);
        Assert.NotNull(report.StoppedBecause);
        Assert.Contains("rate limit", report.StoppedBecause, StringComparison.Ordinal);
        Assert.Contains("--max-wait 60 s", report.StoppedBecause, StringComparison.Ordinal);
        Assert.Equal(
            ["betatool:Updated", "deltalib:Skipped", "gammadb:NotFetched", "libalpha:NotFetched"],
            report.Outcomes.Select(o => $"{o.Slug}:{o.Kind}"));
        Assert.Contains("\"stars\": 88", run.FileText("betatool"), StringComparison.Ordinal);
        AssertKept(run, before, "gammadb", "libalpha");
        Assert.DoesNotContain(run.GitHub.Requests.Skip(requestsBefore), r => r.Path.Contains("alpha", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_server_error_is_retried_and_the_second_try_succeeds()
    {
        await using var run = await EnrichRun.StartAsync();
        await SeedAsync(run);
        run.GitHub.Document("/repos/alpha-org/libalpha/releases/latest", FixtureGitHub.Release("v1.5.0", "2026-11-27T10:00:00Z", "alpha-lead"));
        var calls = 0;
        run.GitHub.Scripted("/repos/alpha-org/libalpha/releases/latest", async (context, _) =>
        {
            if (Interlocked.Increment(ref calls) > 1)
            {
                return false;
            }

            await FakeGitHub.Status(context, 500);
            return true;
        });

        var report = await run.RunAsync(NextDay);

        Assert.True(report.Succeeded, string.Join("\n", report.Outcomes));
        Assert.Equal(2, calls);
        Assert.Equal(OutcomeKind.Updated, report.Outcomes.Single(o => o.Slug == "libalpha").Kind);
        Assert.Contains("\"tag\": \"v1.5.0\"", run.FileText("libalpha"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_on_every_try_fails_after_three_tries_and_keeps_the_earlier_file()
    {
        await using var run = await EnrichRun.StartAsync();
        var before = await SeedAsync(run);
        var calls = 0;
        run.GitHub.Scripted("/repos/alpha-org/libalpha", async (context, _) =>
        {
            Interlocked.Increment(ref calls);
            await FakeGitHub.Status(context, 502);
            return true;
        });

        var report = await run.RunAsync(NextDay);

        var alpha = report.Outcomes.Single(o => o.Slug == "libalpha");
        Assert.Equal(OutcomeKind.Failed, alpha.Kind);
        Assert.Contains("502", alpha.Detail, StringComparison.Ordinal);
        Assert.Contains("3 tries", alpha.Detail, StringComparison.Ordinal);
        Assert.Equal(3, calls);
        AssertKept(run, before, "libalpha");
    }

    [Fact]
    public async Task A_timeout_is_retried_then_fails_that_project_and_keeps_its_earlier_file()
    {
        await using var run = await EnrichRun.StartAsync();
        var before = await SeedAsync(run);
        var calls = 0;
        run.GitHub.Scripted("/users/beta-lead", async (context, _) =>
        {
            Interlocked.Increment(ref calls);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }

            return true;
        });

        var report = await run.RunAsync(NextDay, new ClientPolicy { RequestTimeout = TimeSpan.FromMilliseconds(500), RetryDelay = TimeSpan.FromMilliseconds(10) });

        var beta = report.Outcomes.Single(o => o.Slug == "betatool");
        Assert.Equal(OutcomeKind.Failed, beta.Kind);
        Assert.Contains("no answer within 0.5 s (3 tries)", beta.Detail, StringComparison.Ordinal);
        Assert.Equal(3, calls);
        Assert.Equal(OutcomeKind.Unchanged, report.Outcomes.Single(o => o.Slug == "libalpha").Kind);
        AssertKept(run, before, "betatool");
    }

    [Theory]
    [InlineData("malformed", """{"full_name": "alpha-org/libalpha", "archived": tru""", "could not be read")]
    [InlineData("wrong types", """{"full_name": ["alpha-org/libalpha"], "archived": "maybe", "stargazers_count": "many"}""", "could not be read")]
    [InlineData("escape sequence", "{\"full_name\": \"alpha-org/libalpha\\u001b[2J\", \"archived\": false}", "unexpected value for the repository's full name")]
    [InlineData("not an object", "[1, 2, 3]", "answer for the repository is empty")]
    [InlineData("empty", "", "answer for the repository is empty")]
    public async Task An_unreadable_answer_fails_that_project_without_a_crash(string what, string body, string expected)
    {
        await using var run = await EnrichRun.StartAsync();
        var before = await SeedAsync(run);
        run.GitHub.Scripted("/repos/alpha-org/libalpha", async (context, _) =>
        {
            await FakeGitHub.Status(context, 200, body);
            return true;
        });

        var report = await run.RunAsync(NextDay);

        var alpha = report.Outcomes.Single(o => o.Slug == "libalpha");
        Assert.True(alpha.Kind == OutcomeKind.Failed, $"{what}: {alpha}");
        Assert.Contains(expected, alpha.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', alpha.Detail!);
        AssertKept(run, before, "libalpha");
    }

    [Fact]
    public async Task A_huge_answer_is_not_read_and_fails_that_project()
    {
        await using var run = await EnrichRun.StartAsync();
        var before = await SeedAsync(run);
        var huge = "{\"full_name\": \"alpha-org/libalpha\", \"description\": \"" + new string('x', 3 * 1024 * 1024) + "\"}";
        run.GitHub.Scripted("/repos/alpha-org/libalpha", async (context, _) =>
        {
            await FakeGitHub.Status(context, 200, huge);
            return true;
        });

        var report = await run.RunAsync(NextDay);

        var alpha = report.Outcomes.Single(o => o.Slug == "libalpha");
        Assert.Equal(OutcomeKind.Failed, alpha.Kind);
        Assert.Contains("is larger than 2,097,152 bytes", alpha.Detail, StringComparison.Ordinal);
        AssertKept(run, before, "libalpha");
    }

    [Fact]
    public async Task A_5_MiB_funding_file_is_ignored_with_the_reason_and_the_rest_is_recorded()
    {
        await using var run = await EnrichRun.StartAsync();
        var before = await SeedAsync(run);
        var big = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("custom: https://example.org/pay\n", 5 * 1024 * 1024 / 32)));
        Assert.Equal(5 * 1024 * 1024, big.Length);
        run.GitHub.Document("/repos/alpha-org/libalpha/contents/.github/FUNDING.yml", FixtureGitHub.Contents(".github/FUNDING.yml", big));

        var report = await run.RunAsync(NextDay);

        var alpha = report.Outcomes.Single(o => o.Slug == "libalpha");
        Assert.Equal(OutcomeKind.Updated, alpha.Kind);
        Assert.Contains("FUNDING.yml ignored: .github/FUNDING.yml: file is larger than the limit of 65,536 bytes", alpha.Detail, StringComparison.Ordinal);
        var text = run.FileText("libalpha");
        Assert.Contains("\"funding_urls\": []", text, StringComparison.Ordinal);
        Assert.Contains("\"tag\": \"v1.4.2\"", text, StringComparison.Ordinal);
        Assert.True(report.Succeeded);
        AssertKept(run, before, "betatool", "gammadb");
    }

    [Fact]
    public async Task A_funding_file_that_github_reports_as_5_MiB_is_ignored_from_its_size()
    {
        await using var run = await EnrichRun.StartAsync();
        await SeedAsync(run);
        run.GitHub.Document("/repos/alpha-org/libalpha/contents/.github/FUNDING.yml",
            """{"type":"file","encoding":"none","size":5242880,"name":"FUNDING.yml","path":".github/FUNDING.yml","content":""}""");

        var report = await run.RunAsync(NextDay);

        Assert.Contains("file is 5,242,880 bytes; the limit is 65,536", report.Outcomes.Single(o => o.Slug == "libalpha").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_funding_file_with_an_alias_bomb_is_ignored_with_the_reason()
    {
        await using var run = await EnrichRun.StartAsync();
        var before = await SeedAsync(run);
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 9; i++)
        {
            var previous = (char)('a' + i - 1);
            bomb.Append(CultureInfo.InvariantCulture, $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(",", Enumerable.Repeat("*" + previous, 9))}]\n");
        }

        bomb.Append("github: [*i]\n");
        run.GitHub.Document("/repos/beta-org/betatool/contents/FUNDING.yml", FixtureGitHub.Contents("FUNDING.yml", bomb.ToString()));

        var report = await run.RunAsync(NextDay);

        var beta = report.Outcomes.Single(o => o.Slug == "betatool");
        Assert.Equal(OutcomeKind.Updated, beta.Kind);
        Assert.Contains("FUNDING.yml ignored: FUNDING.yml:1:4: anchor '&a' is not allowed", beta.Detail, StringComparison.Ordinal);
        Assert.Contains("\"funding_problem\": \"FUNDING.yml:1:4: anchor '&a' is not allowed\"", run.FileText("betatool"), StringComparison.Ordinal);
        AssertKept(run, before, "libalpha", "gammadb");
    }

    private static async Task<IReadOnlyDictionary<string, byte[]>> SeedAsync(EnrichRun run)
    {
        var report = await run.RunAsync();
        Assert.True(report.Succeeded, string.Join("\n", report.Outcomes));
        return run.Files();
    }

    private static void AssertKept(EnrichRun run, IReadOnlyDictionary<string, byte[]> before, params string[] slugs)
    {
        var now = run.Files();
        Assert.Subset(now.Keys.ToHashSet(), before.Keys.ToHashSet());
        foreach (var slug in slugs)
        {
            Assert.True(before[slug + ".json"].AsSpan().SequenceEqual(now[slug + ".json"]), $"{slug}.json changed");
        }
    }

    private static void MoreStars(EnrichRun run, string fullName)
    {
        var (archived, branch) = fullName.StartsWith("beta", StringComparison.Ordinal) ? (true, "trunk") : (false, "main");
        var (stars, license) = fullName.StartsWith("beta", StringComparison.Ordinal) ? (88, "Apache-2.0") : (1235, "MIT");
        run.GitHub.Document($"/repos/{fullName}", FixtureGitHub.Repository(fullName, archived, branch,
            fullName.StartsWith("beta", StringComparison.Ordinal) ? "2026-11-02T09:00:00Z" : "2026-11-20T08:30:00Z",
            stars, fullName.StartsWith("beta", StringComparison.Ordinal) ? 3 : 56, license));
    }

    private static Task RateLimited(HttpContext context, int status, TimeSpan resetIn) =>
        FakeGitHub.Status(context, status, """{"message":"API rate limit exceeded","documentation_url":"https://docs.github.com/rest"}""",
            new Dictionary<string, string>
            {
                ["x-ratelimit-limit"] = "60",
                ["x-ratelimit-remaining"] = "0",
                ["x-ratelimit-reset"] = (DateTimeOffset.UtcNow + resetIn).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            });
}
