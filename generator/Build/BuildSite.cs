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
/// The build pipeline, one stage after the other: load (registry and content) → validate (errors stop the build
/// before anything is written) → derive (signals for the as-of date) → plan (the site map) → render (every
/// publisher of <see cref="Publishers.All"/>, streaming files into a staging folder) → write (the staging folder
/// replaces the output only now, so a failure anywhere leaves the previous output whole).
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

        var (loaded, content, enrichment) = clock.Time("load", () =>
        {
            var registry = RegistryLoader.Load(settings.Registry, DisplayRoot(settings.Registry), options.AsOf);
            var pages = ContentLoader.Load(settings.Content, DisplayRoot(settings.Content), options.AsOf);
            return (registry, pages, Enrich.EnrichmentStore.Load(settings.Registry));
        });

        var diagnostics = clock.Time("validate", () =>
        {
            var all = new DiagnosticBag();
            all.AddRange(RegistryValidator.Validate(loaded, options.AsOf, enrichment));
            all.AddRange(content.Diagnostics);
            all.AddRange(ContentRules.Check(content.Pages));
            return all.Sorted();
        });
        if (diagnostics.Any(d => d.IsError))
        {
            return new BuildResult(diagnostics, clock.Stages, null, 0, loaded.Registry.Projects.Count);
        }

        // Diagnostics are all reported; the values' positions are not needed after this point, and on a large
        // registry they are a good part of what stays in memory while the site is rendered.
        loaded = loaded with { Registry = WithoutPositions(loaded.Registry) };
        var data = clock.Time("derive", () => SignalDeriver.Derive(loaded.Registry, options.AsOf, enrichment));
        var plan = clock.Time("plan", () => PlanSite.Plan(data, content.Pages, settings, urls));
        var context = new RenderContext(settings, urls, options.AsOf) { Plan = plan };

        using var sink = new DirectorySink(settings.Out);
        var target = options.WrapSink?.Invoke(sink) ?? sink;
        clock.Time("render", () =>
        {
            foreach (var publisher in Publishers.All())
            {
                clock.Time("render " + publisher.Name, () => publisher.Publish(data, context, target));
            }
        });
        var written = clock.Time("write", sink.Commit);
        return new BuildResult(diagnostics, clock.Stages, written, plan.Pages.Count, data.Projects.Count);
    }

    internal static Registry WithoutPositions(Registry registry) => registry with
    {
        Projects = registry.Projects.Select(p => p with { Source = SourceMap.Empty }).ToArray(),
        Sponsors = registry.Sponsors.Select(s => s with { Source = SourceMap.Empty }).ToArray(),
    };

    /// <summary>A folder as named in diagnostics: relative to the working folder when inside it.</summary>
    public static string DisplayRoot(string folder)
    {
        var full = Path.GetFullPath(folder);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
