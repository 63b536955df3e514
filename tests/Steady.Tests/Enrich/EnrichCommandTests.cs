using Steady.Cli;

namespace Steady.Tests.Enrich;

/// <summary><c>steady enrich</c> as a command: options, plain progress lines, the summary and the exit code.</summary>
public sealed class EnrichCommandTests
{
    [Fact]
    public async Task Enriches_the_registry_prints_a_summary_and_exits_0()
    {
        await using var run = await EnrichRun.StartAsync();

        var (code, output) = await RunAsync(run, "enrich");

        Assert.True(code == ExitCodes.Ok, output);
        Assert.Contains("[1/4] betatool (beta-org/betatool): updated", output, StringComparison.Ordinal);
        Assert.Contains("[2/4] deltalib (https://codeberg.org/delta-org/deltalib): skipped - not on GitHub", output, StringComparison.Ordinal);
        Assert.Contains("Project", output, StringComparison.Ordinal);
        Assert.Contains("3 updated, 0 failed, 1 not on GitHub", output, StringComparison.Ordinal);
        Assert.Equal(["betatool.json", "gammadb.json", "libalpha.json"], run.Files().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Exits_1_and_says_why_when_a_repository_fails()
    {
        await using var run = await EnrichRun.StartAsync();
        run.GitHub.Remove("/repos/gamma-org/gammadb");

        var (code, output) = await RunAsync(run, "enrich");

        Assert.True(code == ExitCodes.Failed, output);
        Assert.Contains("gammadb (gamma-org/gammadb): failed - repository not found on GitHub (404)", output, StringComparison.Ordinal);
        Assert.Contains("2 updated, 1 failed, 1 not on GitHub", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_enriches_the_named_projects()
    {
        await using var run = await EnrichRun.StartAsync();

        var (code, output) = await RunAsync(run, "enrich", "--only", "betatool,gammadb");

        Assert.True(code == ExitCodes.Ok, output);
        Assert.Equal(["betatool.json", "gammadb.json"], run.Files().Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(run.GitHub.Requests, r => r.Path.Contains("alpha", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("no project named 'nope' in the registry", "--only", "nope")]
    [InlineData("is not an absolute http(s) address", "--api-url", "ftp://example.org/")]
    [InlineData("--max-wait must be between 0 and 86400 seconds", "--max-wait", "-1")]
    public async Task Bad_options_exit_2_with_a_message(string expected, params string[] options)
    {
        await using var run = await EnrichRun.StartAsync();

        var (code, output) = await RunAsync(run, ["enrich", .. options]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Empty(run.GitHub.Requests);
    }

    [Fact]
    public async Task Refuses_to_send_a_token_over_plain_http_to_another_host()
    {
        await using var run = await EnrichRun.StartAsync();
        var writer = new StringWriter();

        var code = await Task.Run(() => SteadyApp.Run(
            ["enrich", "--registry", run.Registry, "--api-url", "http://ghe.example.com/api/v3", "--token", "secret"], Terminal.ForWriter(writer)));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("refusing to send a token over plain http", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_reads_the_enrichment_and_warns_WN003()
    {
        await using var run = await EnrichRun.StartAsync();
        await run.RunAsync();
        var writer = new StringWriter();

        var code = await Task.Run(() => SteadyApp.Run(
            ["validate", "--registry", run.Registry, "--as-of", "2026-11-27"], Terminal.ForWriter(writer)));

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("projects/betatool.yml:13:10: warning WN003: repository archived on GitHub but the registry says active", writer.ToString(), StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output)> RunAsync(EnrichRun run, params string[] args)
    {
        var writer = new StringWriter();
        string[] all = [args[0], "--registry", run.Registry, "--api-url", run.GitHub.ApiUrl.AbsoluteUri, "--token", "test-token", .. args[1..]];
        var code = await Task.Run(() => SteadyApp.Run(all, Terminal.ForWriter(writer)));
        return (code, writer.ToString());
    }
}
