using System.Diagnostics;
using Steady.Load;

namespace Steady.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Steady.Benchmarks -- load REGISTRY [RUNS]</c>: loads a whole registry
/// several times in one process, to tell the first (cold) load from the warm ones, with the processor time, the bytes
/// allocated and the garbage-collector pauses of each.
/// </summary>
public static class LoadProfile
{
    public static void Run(string registry, int runs)
    {
        var asOf = new DateOnly(2026, 11, 27);
        for (var run = 1; run <= runs; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var paused = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            var result = RegistryLoader.Load(registry, "registry", asOf);
            var wall = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine(
                $"load {run}: {result.Registry.Projects.Count} projects, {wall,8:N0} ms wall, " +
                $"{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds,8:N0} ms cpu, " +
                $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,8:N1} MiB allocated, " +
                $"{(GC.GetTotalPauseDuration() - paused).TotalMilliseconds,6:N0} ms gc pause, " +
                $"{GC.GetTotalMemory(forceFullCollection: true) / 1048576.0,8:N1} MiB live after it");
            GC.KeepAlive(result);
        }
    }
}
