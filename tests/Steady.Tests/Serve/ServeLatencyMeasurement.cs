using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Steady.Tests.Site;
using Steady.Tests.Site.Browser;
using Xunit.Abstractions;

namespace Steady.Tests.Serve;

/// <summary>
/// Measures how long an edited project file takes to show in the browser under <c>steady serve</c>: the program
/// (Release build) serves the registry named by <c>STEADY_SERVE_LATENCY_REGISTRY</c>, Chromium shows one project's
/// page, and each round rewrites that project's summary and times from just before the write to the browser's
/// <c>load</c> event of the page showing the new summary. Rounds wait for the background update of the lists, so
/// each edit starts from a quiet server. The project file is restored at the end. Results go to the test output and
/// to <c>tests/artifacts/serve-latency.txt</c>.
/// </summary>
public sealed partial class ServeLatencyMeasurement(ITestOutputHelper output)
{
    private const int Rounds = 12;

    [LatencyFact]
    public async Task Time_from_save_to_the_reloaded_page()
    {
        var registry = Path.GetFullPath(Environment.GetEnvironmentVariable(LatencyFactAttribute.Variable)!);
        var program = Environment.GetEnvironmentVariable("STEADY_SERVE_LATENCY_PROGRAM")
            ?? Path.Combine(FixturePaths.Root, "generator", "bin", "Release", "net10.0", "steady.dll");
        Assert.True(File.Exists(program), $"{program} is missing: run `dotnet build generator -c Release` first");
        var asOf = Environment.GetEnvironmentVariable("STEADY_SERVE_LATENCY_AS_OF") ?? "2026-11-27";
        var file = Directory.EnumerateFiles(Path.Combine(registry, "projects"), "*.yml").Order(StringComparer.Ordinal).First();
        var slug = Path.GetFileNameWithoutExtension(file);
        var original = File.ReadAllText(file);
        var temp = Path.Combine(Path.GetTempPath(), "steady-latency-" + Guid.NewGuid().ToString("N"));

        var log = new ProcessLog();
        using var serve = Start(program, registry, temp, asOf, log);
        try
        {
            var url = await log.WaitForAsync(AddressLine(), TimeSpan.FromMinutes(2));
            await log.WaitForAsync(BuiltLine(), TimeSpan.FromMinutes(10));
            var (playwright, browser) = await Browsers.LaunchAsync();
            using (playwright)
            await using (browser)
            {
                var page = await browser.NewPageAsync();
                await page.GotoAsync(url + $"projects/{slug}/");
                await Task.Delay(1000);
                var results = new List<(double Loaded, double Content)>();
                var navigations = new List<string>();
                var requests = new List<string>();
                var roundStart = Stopwatch.GetTimestamp();
                page.Request += (_, r) =>
                {
                    if (r.Url.Contains("__steady", StringComparison.Ordinal))
                    {
                        lock (requests)
                        {
                            requests.Add(string.Create(CultureInfo.InvariantCulture, $"{Stopwatch.GetElapsedTime(roundStart).TotalMilliseconds:0} {r.Url[r.Url.IndexOf("__steady", StringComparison.Ordinal)..]}"));
                        }
                    }
                };
                for (var round = 1; round <= Rounds; round++)
                {
                    var marker = string.Create(CultureInfo.InvariantCulture, $"Latency probe {round} of {Guid.NewGuid():N}.");
                    var updates = log.Count(ListsLine());
                    var loaded = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                    var content = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                    void OnContent(object? sender, IPage p) => content.TrySetResult(Stopwatch.GetTimestamp());
                    void OnLoad(object? sender, IPage p) => loaded.TrySetResult(Stopwatch.GetTimestamp());
                    page.DOMContentLoaded += OnContent;
                    page.Load += OnLoad;
                    var start = Stopwatch.GetTimestamp();
                    roundStart = start;
                    lock (requests)
                    {
                        requests.Add($"round {round}");
                    }

                    File.WriteAllText(file, SummaryLine().Replace(original, "summary: " + marker, 1));
                    var at = await loaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
                    var parsed = await content.Task.WaitAsync(TimeSpan.FromSeconds(30));
                    page.DOMContentLoaded -= OnContent;
                    page.Load -= OnLoad;
                    Assert.Contains(marker, await page.ContentAsync(), StringComparison.Ordinal);
                    results.Add((Stopwatch.GetElapsedTime(start, at).TotalMilliseconds, Stopwatch.GetElapsedTime(start, parsed).TotalMilliseconds));
                    navigations.Add(await page.EvaluateAsync<string>(NavigationTiming));
                    await log.WaitForCountAsync(ListsLine(), updates + 1, TimeSpan.FromMinutes(2));
                    await Task.Delay(500);
                }

                Report(registry, slug, results, navigations, log, requests);
            }
        }
        finally
        {
            File.WriteAllText(file, original);
            Stop(serve);
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    private void Report(
        string registry, string slug, List<(double Loaded, double Content)> results, List<string> navigations, ProcessLog log, List<string> requests)
    {
        static string Ms(double v) => v.ToString("0", CultureInfo.InvariantCulture);
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        var projects = Directory.EnumerateFiles(Path.Combine(registry, "projects"), "*.yml").Count();
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"steady serve reload latency: {projects} projects, edited projects/{slug}.yml, {results.Count} rounds, {Environment.ProcessorCount} cores")
            .AppendLine("save → load event of the reloaded page (ms): " + string.Join(' ', results.Select(r => Ms(r.Loaded))))
            .AppendLine("save → DOMContentLoaded (ms):               " + string.Join(' ', results.Select(r => Ms(r.Content))))
            .AppendLine(CultureInfo.InvariantCulture,
                $"median {Ms(Median(results.Select(r => r.Loaded)))} ms, min {Ms(results.Min(r => r.Loaded))} ms, max {Ms(results.Max(r => r.Loaded))} ms (load event)")
            .AppendLine("in the browser, from the reload (ms): request sent, response end, DOMContentLoaded, load")
            .AppendLine("  " + string.Join(" | ", navigations))
            .AppendLine("server lines:");
        foreach (var line in log.Lines.Where(l => l.Contains("rebuilt", StringComparison.Ordinal) || l.Contains("updated the lists", StringComparison.Ordinal)))
        {
            text.AppendLine("  " + line);
        }

        output.WriteLine(text.ToString());
        text.AppendLine("requests for serve's script and event stream, ms after each save:");
        lock (requests)
        {
            foreach (var line in requests)
            {
                text.AppendLine("  " + line);
            }
        }

        Directory.CreateDirectory(FixturePaths.Artifacts);
        File.WriteAllText(Path.Combine(FixturePaths.Artifacts, "serve-latency.txt"), text.ToString());
    }

    private static Process Start(string program, string registry, string temp, string asOf, ProcessLog log)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = FixturePaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { program, "serve", "--registry", registry, "--out", Path.Combine(temp, "_site"), "--as-of", asOf, "--port", "0" })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => log.Add(e.Data);
        process.ErrorDataReceived += (_, e) => log.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Stops the server as Ctrl+C does, and kills it if it does not stop within 20 s.</summary>
    private static void Stop(Process serve)
    {
        if (serve.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-INT", serve.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        if (!serve.WaitForExit(20_000))
        {
            serve.Kill(entireProcessTree: true);
        }
    }

    /// <summary>The reloaded page's navigation timing, from the start of the reload: request, response end, DOMContentLoaded, load.</summary>
    private const string NavigationTiming =
        "() => { const n = performance.getEntriesByType('navigation')[0]; return [n.requestStart, n.responseEnd, n.domContentLoadedEventEnd, n.loadEventEnd].map(Math.round).join(' '); }";

    [GeneratedRegex("(?m)^summary: .*$")]
    private static partial Regex SummaryLine();

    [GeneratedRegex("serving (http://127\\.0\\.0\\.1:[0-9]+/\\S*)")]
    private static partial Regex AddressLine();

    [GeneratedRegex("built the site in ()")]
    private static partial Regex BuiltLine();

    [GeneratedRegex("updated the lists()")]
    private static partial Regex ListsLine();
}
