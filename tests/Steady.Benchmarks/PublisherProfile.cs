using System.Diagnostics;
using Steady.Config;
using Steady.Derive;
using Steady.Plan;
using Steady.Render;
using Steady.Validate;
using Steady.Write;

namespace Steady.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Steady.Benchmarks -- publishers REGISTRY</c>: times each publisher of a
/// full build into a sink that discards its input and into a real output folder, to tell rendering from disk time.
/// </summary>
public static class PublisherProfile
{
    public static void Run(string registry)
    {
        var asOf = new DateOnly(2026, 11, 27);
        var (loaded, _) = RegistryValidator.LoadAndValidate(registry, "registry", asOf);
        var data = SignalDeriver.Derive(loaded.Registry, asOf);
        var settings = SiteSettings.Default with { Theme = BenchmarkPaths.Find("themes/default"), Content = BenchmarkPaths.Find("content") };
        var urls = new SiteUrls(settings.BaseUrl);
        var plan = PlanSite.Plan(data, [], settings, urls);
        var context = new RenderContext(settings, urls, asOf) { Plan = plan };
        // Each publisher writes into a folder of its own, and all are deleted only at the end: files created soon after
        // a large tree was deleted can cost far more (tests/bench/README.md, "What is measured").
        var root = Path.Combine(Path.GetTempPath(), "steady-publisher-profile-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var publisher in Publishers.All())
            {
                var discard = Time(() => publisher.Publish(data, context, new DiscardSink()));
                using var sink = new DirectorySink(Path.Combine(root, publisher.Name));
                var disk = Time(() => publisher.Publish(data, context, sink));
                sink.Commit();
                Console.WriteLine($"{publisher.Name,-10} discard {discard.Wall,8:N0} ms (cpu {discard.Cpu,8:N0})   disk {disk.Wall,8:N0} ms (cpu {disk.Cpu,8:N0})");
            }
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static (double Wall, double Cpu) Time(Action action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        action();
        return (sw.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private sealed class DiscardSink : IOutputSink
    {
        public void Write(string sitePath, ReadOnlySpan<byte> content)
        {
        }
    }
}
