using System.Diagnostics;
using Steady.Cli;

namespace Steady.Tests.Site;

/// <summary>A build process killed while it writes leaves the previous output whole; the next build cleans up after it.</summary>
public sealed class KilledBuildTests : IDisposable
{
    private const int Copies = 400;
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_killed_build_leaves_the_previous_output_whole()
    {
        var registry = LargeRegistry();
        var output = _temp.Sub("_site");
        Assert.Equal(0, Run(Build(registry, output, "2026-06-30")).WaitForExitCode());
        var before = SiteBuilds.Files(output);

        using (var build = Run(Build(registry, output, "2026-07-01")))
        {
            var clock = Stopwatch.StartNew();
            string? staging = null;
            while (staging is null && !build.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                staging = Directory.EnumerateDirectories(_temp.Path, "_site.staging-*")
                    .FirstOrDefault(d => Directory.Exists(Path.Combine(d, "projects")) &&
                        Directory.EnumerateDirectories(Path.Combine(d, "projects")).Take(20).Count() == 20);
                Thread.Sleep(5);
            }

            Assert.True(staging is not null, "the build ended before it could be killed");
            build.Kill(entireProcessTree: true);
            build.WaitForExit();
        }

        var after = SiteBuilds.Files(output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key]), f.Key));

        Assert.Equal(0, Run(Build(registry, output, "2026-07-01")).WaitForExitCode());
        Assert.Equal(["_site"], Directory.EnumerateDirectories(_temp.Path).Select(Path.GetFileName).Where(n => n!.StartsWith("_site", StringComparison.Ordinal)));
        Assert.Contains("2026-07-01", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static string[] Build(string registry, string output, string asOf) =>
        ["build", "--config", Path.Combine(FixturePaths.Fixture("site-registry"), "steady.yml"),
            "--registry", registry, "--out", output, "--as-of", asOf];

    private static Process Run(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(SteadyApp).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("SOURCE_DATE_EPOCH");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The fixture registry with many copies of one entry, so that writing takes long enough to be killed.</summary>
    private string LargeRegistry()
    {
        var source = Path.Combine(FixturePaths.Fixture("site-registry"), "registry-data");
        var registry = _temp.Sub("registry");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(registry, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var entry = File.ReadAllText(Path.Combine(source, "projects", "zstream.yml"));
        for (var i = 0; i < Copies; i++)
        {
            File.WriteAllText(Path.Combine(registry, "projects", $"zstream-{i}.yml"), entry.Replace("zstream", $"zstream-{i}", StringComparison.Ordinal));
        }

        return registry;
    }
}
