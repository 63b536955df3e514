using Steady.Config;
using Steady.Derive;
using Steady.Model;
using Steady.Plan;
using Steady.Validate;

namespace Steady.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Steady.Benchmarks -- memory REGISTRY</c>: the memory still live (after a
/// full collection) once each stage before rendering has run, to show what a build holds while it renders.
/// </summary>
public static class MemoryProfile
{
    public static void Run(string registry)
    {
        var asOf = new DateOnly(2026, 11, 27);
        Report("start", null);
        var bare = LoadWithoutPositions(registry, asOf);
        var data = SignalDeriver.Derive(bare, asOf);
        Report("derived", data);
        var settings = SiteSettings.Default with { Theme = BenchmarkPaths.Find("themes/default"), Content = BenchmarkPaths.Find("content") };
        var plan = PlanSite.Plan(data, [], settings, new SiteUrls(settings.BaseUrl));
        Report($"planned ({plan.Pages.Count} pages)", plan);
        GC.KeepAlive(data);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Registry LoadWithoutPositions(string registry, DateOnly asOf)
    {
        // As a build loads it: each entry checked as it is read and kept without its source positions.
        var entries = RegistryValidator.CheckEntries(registry, "registry", asOf, null, keepProjects: true);
        Report($"loaded and checked ({entries.Count} projects, {entries.CheckAcross().Count} diagnostics)", entries);
        return entries.Registry;
    }

    private static void Report(string stage, object? keep)
    {
        var live = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"{stage,-60} {live / 1048576.0,10:N1} MiB live");
        GC.KeepAlive(keep);
    }
}
