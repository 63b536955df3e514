using System.Diagnostics;
using System.Runtime.CompilerServices;
using Steady.Build;
using Steady.Config;
using Steady.Derive;
using Steady.Diagnostics;
using Steady.Enrich;
using Steady.Load;
using Steady.Model;
using Steady.Plan;
using Steady.Render;
using Steady.Validate;
using Steady.Write;

namespace Steady.Serve;

/// <summary>
/// The build stages of <c>steady serve</c>, with what the previous run learnt kept between runs: registry files are
/// read again only when their length or modification time changed (and when the watcher names only project files
/// edited in place, only those are looked at), entries are checked and their signals derived again only when they
/// were read again, and a render writes only the files whose bytes changed. The output is the same as
/// <c>steady build</c>'s with the same settings.
/// </summary>
internal sealed class LiveBuilder
{
    private readonly SiteSettings _settings;
    private readonly DateOnly _asOf;
    private readonly SiteUrls _urls;
    private readonly string _registryDisplay;
    private readonly string _contentDisplay;
    private readonly RegistryFileCache _files;
    private readonly ValidationCache _checks;
    private ConditionalWeakTable<Project, ProjectSignals> _signals = [];
    private LoadResult? _loaded;
    private FileStampSet? _enrichmentStamps;
    private Func<string, Enrichment?> _enrichment = _ => null;

    public LiveBuilder(SiteSettings settings, DateOnly asOf, string folder)
    {
        _settings = settings;
        _asOf = asOf;
        _urls = new SiteUrls(settings.BaseUrl);
        Folder = Path.GetFullPath(folder);
        Registry = Path.TrimEndingDirectorySeparator(Path.GetFullPath(settings.Registry));
        _registryDisplay = BuildSite.DisplayRoot(settings.Registry);
        _contentDisplay = BuildSite.DisplayRoot(settings.Content);
        _files = new RegistryFileCache(asOf);
        _checks = new ValidationCache(asOf);
    }

    /// <summary>The folder the preview is written to and served from.</summary>
    public string Folder { get; }

    /// <summary>The registry folder as a full path, as the file watcher reports its files.</summary>
    public string Registry { get; }

    /// <summary>Load, validate and derive. Not thread-safe: one call at a time.</summary>
    /// <param name="changed">
    /// The registry files a watcher saw change (full paths); the others are taken from the cache without looking at
    /// them. Null looks at every file.
    /// </param>
    /// <exception cref="Cli.UsageException">An enrichment file cannot be read.</exception>
    public Prepared Prepare(IReadOnlySet<string>? changed = null)
    {
        var clock = Stopwatch.StartNew();
        var stamps = InputStamps.Scan(_settings);
        if (_enrichmentStamps is null || !stamps.Enrichment.SameAs(_enrichmentStamps))
        {
            _enrichment = EnrichmentStore.Load(_settings.Registry);
            _enrichmentStamps = stamps.Enrichment;
            _signals = [];
        }

        // Project files edited in place update the previous load's entries; anything else lists the folders again.
        var loaded = changed is not null && _loaded is { } previous
            ? RegistryLoader.Update(previous, changed, Registry, _registryDisplay, _files)
            : null;
        if (loaded is null)
        {
            _files.AssumeOnlyChanged(changed);
            try
            {
                loaded = RegistryLoader.Load(Registry, _registryDisplay, _asOf, _files);
            }
            finally
            {
                _files.AssumeOnlyChanged(null);
            }
        }

        _loaded = loaded;

        var read = _files.TakeReadCount();
        var (pages, contentDiagnostics) = ContentLoader.Load(_settings.Content, _contentDisplay, _asOf);
        var all = new DiagnosticBag();
        all.AddRange(RegistryValidator.Validate(loaded, _asOf, _enrichment, _checks));
        all.AddRange(contentDiagnostics);
        all.AddRange(ContentRules.Check(pages));
        var diagnostics = all.Sorted();
        if (diagnostics.Any(d => d.IsError))
        {
            return new Prepared(null, diagnostics, read, clock.Elapsed);
        }

        var enrichment = _enrichment;
        var signals = loaded.Registry.Projects
            .Select(p => _signals.GetValue(p, project => SignalDeriver.DeriveProject(project, _asOf, enrichment(project.Slug))))
            .ToArray();
        var data = new SiteData(_asOf, signals, loaded.Registry.Stewards, loaded.Registry.Sponsors);
        return new Prepared(new LiveInputs(data, pages, stamps), diagnostics, read, clock.Elapsed);
    }

    /// <summary>Writes the files of the named projects (pages, feeds, API files, badges) into the served folder.</summary>
    /// <returns>The site paths whose bytes changed.</returns>
    public IReadOnlyCollection<string> RenderProjects(LiveInputs inputs, IReadOnlySet<string> slugs)
    {
        var plan = PlanSite.PlanProjects(inputs.Data, inputs.Content, _settings, _urls, slugs);
        var context = new RenderContext(_settings, _urls, _asOf) { Plan = plan, Scope = RenderScope.ProjectsOnly(slugs) };
        var sink = new LiveFolderSink(Folder);
        foreach (var publisher in Publishers.All())
        {
            publisher.Publish(inputs.Data, context, sink);
        }

        return sink.Changed;
    }

    /// <summary>Writes every file that belongs to no single project (lists, registry feeds, API lists, sitemap, calendar, assets).</summary>
    /// <returns>The site paths whose bytes changed.</returns>
    public IReadOnlyCollection<string> RenderSiteWide(LiveInputs inputs, CancellationToken cancel)
    {
        var plan = PlanSite.Plan(inputs.Data, inputs.Content, _settings, _urls);
        var context = new RenderContext(_settings, _urls, _asOf) { Plan = plan, Scope = RenderScope.SiteWideOnly };
        var sink = new LiveFolderSink(Folder);
        var target = new CancellableSink(sink, cancel);
        foreach (var publisher in Publishers.All())
        {
            cancel.ThrowIfCancellationRequested();
            publisher.Publish(inputs.Data, context, target);
        }

        return sink.Changed;
    }

    /// <summary>
    /// Renders the whole site into a staging folder that replaces the served folder only when every file is written,
    /// as <c>steady build</c> does: a failure or a cancellation leaves the served site whole.
    /// </summary>
    public WriteSummary RenderAll(LiveInputs inputs, CancellationToken cancel)
    {
        var plan = PlanSite.Plan(inputs.Data, inputs.Content, _settings, _urls);
        var context = new RenderContext(_settings, _urls, _asOf) { Plan = plan };
        using var sink = new DirectorySink(Folder);
        var target = new CancellableSink(sink, cancel);
        foreach (var publisher in Publishers.All())
        {
            cancel.ThrowIfCancellationRequested();
            publisher.Publish(inputs.Data, context, target);
        }

        cancel.ThrowIfCancellationRequested();
        return sink.Commit();
    }
}
