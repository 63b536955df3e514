using Steady.Enrich;

namespace Steady.Tests.Enrich;

/// <summary><c>steady enrich</c> against a fake GitHub when everything answers: the files, and a second run that costs nothing.</summary>
public sealed class EnrichHappyPathTests
{
    [Fact]
    public async Task Writes_the_expected_enrichment_files()
    {
        await using var run = await EnrichRun.StartAsync();

        var report = await run.RunAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Outcomes));
        Assert.Null(report.StoppedBecause);
        Assert.Equal(
            ["betatool:Updated", "deltalib:Skipped", "gammadb:Updated", "libalpha:Updated"],
            report.Outcomes.Select(o => $"{o.Slug}:{o.Kind}"));
        Golden.Match("enrich", run.Files());
    }

    [Fact]
    public async Task Sends_the_token_and_reads_the_funding_file_from_the_root_when_dot_github_has_none()
    {
        await using var run = await EnrichRun.StartAsync();

        await run.RunAsync();

        Assert.All(run.GitHub.Requests, r => Assert.Equal("Token test-token", r.Authorization));
        var paths = run.GitHub.Requests.Select(r => r.Path).ToArray();
        Assert.Contains("/repos/beta-org/betatool/contents/.github/FUNDING.yml", paths);
        Assert.Contains("/repos/beta-org/betatool/contents/FUNDING.yml", paths);
        Assert.DoesNotContain(paths, p => p.Contains("delta", StringComparison.Ordinal));
        Assert.Contains("\"funding_file\": \"FUNDING.yml\"", run.FileText("betatool"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_run_with_unchanged_data_sends_conditional_requests_gets_304s_and_rewrites_nothing()
    {
        await using var run = await EnrichRun.StartAsync();
        await run.RunAsync();
        var before = run.Files();
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var name in before.Keys)
        {
            File.SetLastWriteTimeUtc(Path.Combine(run.Output, name), old);
        }

        var firstRunRequests = run.GitHub.Requests.Count;
        var report = await run.RunAsync(clock: EnrichRun.FirstFetch.AddDays(7));

        Assert.True(report.Succeeded);
        Assert.Equal(3, report.Count(OutcomeKind.Unchanged));
        Assert.Equal(0, report.Count(OutcomeKind.Updated));
        var second = run.GitHub.Requests.Skip(firstRunRequests).ToArray();
        var documents = second.Where(r => run.GitHub.HasDocument(r.Path)).ToArray();
        Assert.NotEmpty(documents);
        Assert.All(documents, r => Assert.False(string.IsNullOrEmpty(r.IfNoneMatch), $"{r.Path} was not conditional"));
        Assert.Equal(before.Keys.Order(), run.Files().Keys.Order());
        foreach (var (name, bytes) in before)
        {
            Assert.Equal(bytes, run.Files()[name]);
            Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(run.Output, name)));
        }
    }

    [Fact]
    public async Task Changed_data_rewrites_only_the_changed_file_and_keeps_the_cache_out_of_the_files()
    {
        await using var run = await EnrichRun.StartAsync();
        await run.RunAsync();
        run.GitHub.Document("/repos/gamma-org/gammadb",
            FixtureGitHub.Repository("gamma-org/gammadb", archived: false, "master", "2026-11-26T10:00:00Z", 10, 1, "BSD-3-Clause"));

        var report = await run.RunAsync(clock: EnrichRun.FirstFetch.AddDays(1));

        Assert.Equal(OutcomeKind.Updated, report.Outcomes.Single(o => o.Slug == "gammadb").Kind);
        Assert.Equal(2, report.Count(OutcomeKind.Unchanged));
        Assert.Contains("\"fetched_at\": \"2026-11-28T06:00:00Z\"", run.FileText("gammadb"), StringComparison.Ordinal);
        Assert.Contains("\"fetched_at\": \"2026-11-27T06:00:00Z\"", run.FileText("libalpha"), StringComparison.Ordinal);
        Assert.True(Directory.EnumerateFiles(Path.Combine(run.Output, ".cache")).Any());
        Assert.Equal(["betatool.json", "gammadb.json", "libalpha.json"], run.Files().Keys.Order(StringComparer.Ordinal));
    }
}
