using Steady.Derive;
using Steady.Diagnostics;
using Steady.Load;
using Steady.Model;
using Steady.Plan;
using Steady.Render;
using Steady.Validate;
using Steady.Write;

namespace Steady.Build;

/// <summary>
/// The build pipeline, one stage after the other: load (the content, and the registry with each entry checked on its
/// own as soon as it is read and kept without its source positions) → validate (the rules across entries and the
/// content's; errors stop the build before anything is written) → derive (signals for the as-of date) → plan (the
/// site map) → render (every publisher of <see cref="Publishers.All"/>, streaming files into a staging folder) →
/// write (the staging folder replaces the output only now, so a failure anywhere leaves the previous output whole).
/// </summary>
public static class BuildSite
{
    public static BuildResult Run(BuildOptions options)
    {
        var settings = options.Settings;
        var clock = new StageClock(options.Progress);
        var urls = new SiteUrls(settings.BaseUrl);
        var inputs = new[] { settings.Registry, settings.Content, settings.Theme, settings.Overrides }.OfType<string>();
        if (OutputFolderGuard.Problem(settings.Out, inputs) is { } problem)
        {
            throw new Cli.UsageException(problem);
        }

        var (registry, content, enrichment, diagnostics, projects) = LoadAndValidate(options, clock);
        if (diagnostics.Any(d => d.IsError))
        {
            return new BuildResult(diagnostics, clock.Stages, null, 0, projects);
        }

        var data = clock.Time("derive", () => SignalDeriver.Derive(registry, options.AsOf, enrichment));
        var plan = clock.Time("plan", () =>
        {
            CompactLargeHeap(CompactBeforePlanAboveBytes);
            return PlanSite.Plan(data, content, settings, urls);
        });
        var context = new RenderContext(settings, urls, options.AsOf) { Plan = plan };

        using var sink = new DirectorySink(settings.Out);
        var target = options.WrapSink?.Invoke(sink) ?? sink;
        clock.Time("render", () =>
        {
            foreach (var publisher in Publishers.All())
            {
                // Before a publisher, not after the last: nothing the build does after it needs the room.
                CompactLargeHeap(CompactAboveBytes);
                clock.Time("render " + publisher.Name, () => publisher.Publish(data, context, target));
            }
        });
        var written = clock.Time("write", sink.Commit);
        return new BuildResult(diagnostics, clock.Stages, written, plan.Pages.Count, data.Projects.Count);
    }

    /// <summary>
    /// The load and validate stages. A method of its own so that what only validation needs (every entry's claims and
    /// diagnostics) is let go when it returns, before the site is planned and rendered.
    /// </summary>
    private static (Registry Registry, IReadOnlyList<ContentPage> Content, Func<string, Enrichment?> Enrichment, IReadOnlyList<Diagnostic> Diagnostics, int Projects)
        LoadAndValidate(BuildOptions options, StageClock clock)
    {
        var settings = options.Settings;
        var (entries, content, enrichment) = clock.Time("load", () =>
        {
            var enrichment = Enrich.EnrichmentStore.Load(settings.Registry);
            var entries = RegistryValidator.CheckEntries(
                settings.Registry, DisplayRoot(settings.Registry), options.AsOf, enrichment, keepProjects: true);
            var pages = ContentLoader.Load(settings.Content, DisplayRoot(settings.Content), options.AsOf);
            return (entries, pages, enrichment);
        });

        var diagnostics = clock.Time("validate", () =>
        {
            var all = new DiagnosticBag();
            all.AddRange(entries.CheckAcross());
            all.AddRange(content.Diagnostics);
            all.AddRange(ContentRules.Check(content.Pages));
            return all.Sorted();
        });
        return (entries.Registry, content.Pages, enrichment, diagnostics, entries.Count);
    }

    /// <summary>
    /// Planning starts with a compaction when the heap is above this size: loading and validating a large registry
    /// leave more garbage in the oldest generation than any later stage.
    /// </summary>
    public const long CompactBeforePlanAboveBytes = 512L * 1024 * 1024;

    /// <summary>
    /// A publisher starts with a compaction when the heap is above this size. Below it the garbage a publisher leaves is
    /// left to the collector: at 100,000 projects most publishers leave 15 to 30 MB, and each compaction of the
    /// 650 MB that stays live costs about 0.45 s.
    /// </summary>
    public const long CompactAboveBytes = 704L * 1024 * 1024;

    /// <summary>
    /// When the heap is above <paramref name="threshold"/> (a registry of tens of thousands of projects), collects and
    /// compacts it, and gives the memory it frees back to the system at once: the garbage a stage leaves in the oldest
    /// generation would otherwise stay beside the registry while the next one runs, and the process would grow past
    /// what it holds by hundreds of megabytes. A smaller heap is left to the collector: there a full collection costs
    /// more than it gives back.
    /// </summary>
    private static void CompactLargeHeap(long threshold)
    {
        if (GC.GetGCMemoryInfo().HeapSizeBytes > threshold)
        {
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>A folder as named in diagnostics: relative to the working folder when inside it.</summary>
    public static string DisplayRoot(string folder)
    {
        var full = Path.GetFullPath(folder);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
