using Steady.Cli;
using Steady.Tests.Site;

namespace Steady.Tests.Serve;

/// <summary><c>steady serve</c> on the command line: it prints the address of a free port, serves, and stops cleanly when cancelled.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly ServeWorkspace _workspace = new();

    [Fact]
    public async Task Serve_prints_the_address_serves_and_stops_when_cancelled()
    {
        using var stop = new CancellationTokenSource();
        var config = Path.Combine(FixturePaths.Fixture("site-registry"), "steady.yml");
        var run = Task.Run(() => SteadyApp.Run(
            ["serve", "--config", config, "--registry", _workspace.Registry, "--content", _workspace.Content, "--theme", _workspace.Theme,
             "--out", _workspace.Out, "--as-of", "2026-06-30", "--port", "0"],
            Terminal.ForWriter(_workspace.Output), stop.Token));

        var url = await WaitForAddress(run);
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) })
        {
            Assert.Contains("<h1>libquill", await http.GetStringAsync(url + "projects/libquill/"), StringComparison.Ordinal);
        }

        await stop.CancelAsync();
        var exit = await run.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.EndsWith("stopped\n", _workspace.Printed.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_workspace.Preview, "index.html")));
        Assert.False(Directory.Exists(_workspace.Out));
        using var after = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Assert.ThrowsAsync<HttpRequestException>(() => after.GetAsync(url));
    }

    [Fact]
    public void A_port_out_of_range_is_a_usage_error()
    {
        var (exit, output) = Support.CommandRunner.Run("serve", "--port", "70000");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--port 70000", output, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();

    private async Task<string> WaitForAddress(Task<int> run)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (run.IsCompleted)
            {
                Assert.Fail($"serve ended with {await run}:\n{_workspace.Printed}");
            }

            var match = System.Text.RegularExpressions.Regex.Match(_workspace.Printed, "serving (http://127\\.0\\.0\\.1:[0-9]+/registry/)");
            if (match.Success && _workspace.Printed.Contains("built the site", StringComparison.Ordinal))
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("serve printed no address within 30 s:\n" + _workspace.Printed);
    }
}
