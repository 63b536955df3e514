using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Steady.Cli;
using Steady.Diagnostics;
using Steady.Plan;

namespace Steady.Serve;

/// <summary>
/// One run of <c>steady serve</c>: builds the site into the preview folder, serves it with Kestrel, watches the
/// registry, content and theme, and rebuilds after every change. A change to project entries only is rendered in
/// two steps: first the files of the changed projects (their pages reload at once), then, in the background, the
/// files that list them (home, lists, registry feeds, API lists, sitemap); a newer change cancels the second step
/// and starts it again. Any other change rebuilds the whole site into a staging folder that replaces the preview
/// when done. A change that makes the inputs invalid is reported in the terminal and on every open page, and the
/// last good site keeps being served.
/// </summary>
public sealed class ServeSession : IAsyncDisposable
{
    /// <summary>How long the site-wide render waits after the pages of the edited projects were written.</summary>
    private static readonly TimeSpan SiteWidePause = TimeSpan.FromMilliseconds(300);

    private readonly ServeOptions _options;
    private readonly ServeLog _log;
    private readonly SiteState _state = new();
    private readonly ReloadHub _hub;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Channel<ChangeBatch> _changes = Channel.CreateUnbounded<ChangeBatch>(new UnboundedChannelOptions { SingleReader = true });
    private SiteServer? _server;
    private ServeSite? _site;
    private LiveBuilder? _builder;
    private ChangeWatcher? _watcher;
    private Task _loop = Task.CompletedTask;
    private LiveInputs? _published;
    private volatile LiveInputs? _siteWideDone;
    private Task _siteWide = Task.CompletedTask;
    private CancellationTokenSource? _siteWideCancel;
    private HashSet<Diagnostic> _reported = [];
    private CancellationTokenRegistration _caller;
    private int _disposed;

    private ServeSession(ServeOptions options, Terminal terminal)
    {
        _options = options;
        _log = new ServeLog(terminal);
        _hub = new ReloadHub(_state);
    }

    /// <summary>The address of the site's home page: <c>http://127.0.0.1:PORT/BASE-PATH/</c>.</summary>
    public string Url { get; private set; } = "";

    /// <summary>The folder the preview is written to and served from.</summary>
    public string Folder => _builder?.Folder ?? Path.GetFullPath(_options.Folder);

    /// <summary>The pages listening for reloads now.</summary>
    public int Listeners => _hub.Count;

    /// <summary>Starts the server, builds the site, and starts watching; returns once the first build ended.</summary>
    /// <exception cref="UsageException">The port cannot be listened on.</exception>
    public static async Task<ServeSession> StartAsync(ServeOptions options, Terminal terminal, CancellationToken cancel = default)
    {
        var session = new ServeSession(options, terminal);
        try
        {
            await session.StartCoreAsync(cancel);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _caller.DisposeAsync();
        await _stopping.CancelAsync();
        _watcher?.Dispose();
        _changes.Writer.TryComplete();
        _siteWideCancel?.Cancel();
        await Quietly(_loop);
        await Quietly(_siteWide);
        _site?.MarkReady();
        _hub.CloseAll();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _siteWideCancel?.Dispose();
        _stopping.Dispose();
    }

    private async Task StartCoreAsync(CancellationToken cancel)
    {
        _caller = cancel.Register(_stopping.Cancel);
        var basePath = new SiteUrls(_options.Settings.BaseUrl).BasePath;
        _site = new ServeSite(Path.GetFullPath(_options.Folder), basePath, _state);
        var requests = new ServeRequests(_site, _hub, _stopping.Token);
        _server = await SiteServer.StartAsync(_options.Port, requests.HandleAsync);
        Url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{_server.Port}{basePath}");
        var settings = _options.Settings with { BaseUrl = Url };
        _builder = new LiveBuilder(settings, _options.AsOf, _options.Folder);
        _log.Line($"serving {Url} (Ctrl+C to stop); the preview is written to {_options.Folder}");

        // Watch before the first build, so that a change made while it runs is not missed.
        var folders = new[] { settings.Registry, settings.Content, settings.Theme, settings.Overrides }.OfType<string>();
        _watcher = new ChangeWatcher(folders, _options.Quiet, batch => _changes.Writer.TryWrite(batch));
        await Task.Run(() => Rebuild(new ChangeBatch([], Stopwatch.GetTimestamp())), CancellationToken.None);
        _site.MarkReady();
        _loop = Task.Run(LoopAsync, CancellationToken.None);
    }

    private async Task LoopAsync()
    {
        var reader = _changes.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stopping.Token))
            {
                var batch = await reader.ReadAsync(_stopping.Token);
                while (reader.TryRead(out var more))
                {
                    batch = batch.With(more);
                }

                Rebuild(batch);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>One rebuild after a batch of changes (or the first build). Runs on the loop only.</summary>
    private void Rebuild(ChangeBatch batch)
    {
        var builder = _builder!;
        if (batch.Paths.Count > 0)
        {
            _log.Event(Describe(batch.Paths));
        }

        Prepared prepared;
        try
        {
            prepared = builder.Prepare(RegistryChanges(batch, builder.Registry));
        }
        catch (Exception ex) when (ex is UsageException or IOException or UnauthorizedAccessException)
        {
            Fail([ex.Message], printed: false);
            return;
        }

        Report(prepared.Diagnostics);
        if (prepared.Inputs is not { } inputs)
        {
            Fail(prepared.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToArray(), printed: true);
            return;
        }

        var change = ChangeSet.Between(_published, inputs);
        try
        {
            if (change.Whole)
            {
                RenderWhole(inputs, batch, prepared);
            }
            else
            {
                RenderProjects(inputs, change, batch, prepared);
            }
        }
        catch (Exception) when (_stopping.IsCancellationRequested)
        {
            // Stopping: the staging folder of a whole rebuild is discarded.
        }
        catch (Exception ex)
        {
            // A theme that does not render, a folder that cannot be written: keep serving the last good site.
            Fail([RenderFailure(ex)], printed: false);
        }
    }

    private void RenderWhole(LiveInputs inputs, ChangeBatch batch, Prepared prepared)
    {
        StopSiteWide();
        var clock = Stopwatch.StartNew();
        var written = _builder!.RenderAll(inputs, _stopping.Token);
        _published = inputs;
        _siteWideDone = inputs;
        _site!.Built();
        _state.SetErrors(null);
        _state.EverythingChanged();
        _hub.NotifyAll();
        _log.Event(string.Create(CultureInfo.InvariantCulture,
            $"built the site in {ServeLog.Seconds(prepared.Elapsed + clock.Elapsed)}: {written.Files} files ({written.Written} written), {inputs.Data.Projects.Count} projects{Since(batch)}"));
    }

    private void RenderProjects(LiveInputs inputs, ChangeSet change, ChangeBatch batch, Prepared prepared)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyCollection<string> changed = [];
        if (change.Projects.Count > 0)
        {
            changed = _builder!.RenderProjects(inputs, change.Projects);
            _published = inputs;
            _state.FilesChanged(changed);
        }

        var recovered = _state.SetErrors(null);
        if (changed.Count > 0 || recovered)
        {
            _hub.NotifyAll();
        }

        if (change.Projects.Count > 0)
        {
            _log.Event(string.Create(CultureInfo.InvariantCulture,
                $"rebuilt {Count(change.Projects.Count, "project")} in {ServeLog.Milliseconds(prepared.Elapsed + clock.Elapsed)} (load and check {ServeLog.Milliseconds(prepared.Elapsed)}, {Count(prepared.FilesRead, "file")} read, {Count(changed.Count, "file")} written){Since(batch)}"));
        }
        else if (recovered)
        {
            _log.Event("the errors are fixed");
        }

        if (change.Projects.Count > 0 || !ReferenceEquals(_siteWideDone, _published))
        {
            StartSiteWide(_published!);
        }
    }

    /// <summary>Renders the site-wide files in the background, after the previous such render stopped.</summary>
    private void StartSiteWide(LiveInputs inputs)
    {
        var previousCancel = _siteWideCancel;
        previousCancel?.Cancel();
        var previous = _siteWide;
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        _siteWideCancel = cancel;
        _siteWide = Task.Run(async () =>
        {
            await Quietly(previous);
            previousCancel?.Dispose();
            try
            {
                // The reloading pages get the processor first; a save made meanwhile cancels this render before it starts.
                await Task.Delay(SiteWidePause, cancel.Token);
                var clock = Stopwatch.StartNew();
                var changed = _builder!.RenderSiteWide(inputs, cancel.Token);
                _siteWideDone = inputs;
                _state.FilesChanged(changed);
                _hub.NotifyAll();
                _log.Event($"updated the lists, feeds and API in {ServeLog.Seconds(clock.Elapsed)} ({Count(changed.Count, "file")} written)");
            }
            catch (Exception) when (cancel.IsCancellationRequested)
            {
                // A newer change started another render.
            }
            catch (Exception ex)
            {
                Fail([RenderFailure(ex)], printed: false);
            }
        }, CancellationToken.None);
    }

    private void StopSiteWide()
    {
        _siteWideCancel?.Cancel();
        Quietly(_siteWide).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Prints the errors (unless they were printed as diagnostics) and what is served meanwhile, then shows them on every
    /// page: the terminal has the whole report by the time the browsers hear of it.
    /// </summary>
    private void Fail(IReadOnlyList<string> errors, bool printed)
    {
        if (!printed)
        {
            _log.Lines(errors.Select(e => "steady: " + e));
        }

        _log.Event(_site!.HasSite
            ? $"{Count(errors.Count, "error")}: the last good site is still served"
            : $"{Count(errors.Count, "error")}: nothing to serve until they are fixed");

        if (_state.SetErrors(errors))
        {
            _hub.NotifyAll();
        }
    }

    /// <summary>Prints the errors, and the warnings not printed before.</summary>
    private void Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        var reported = diagnostics.ToHashSet();
        _log.Lines(diagnostics.Where(d => d.IsError || !_reported.Contains(d)).Select(d => d.ToString()));
        _reported = reported;
    }

    /// <summary>
    /// The registry files of a batch, when the batch names them all: only files directly in <c>projects/</c> or
    /// <c>sponsors/</c>, <c>stewards.yml</c>, or enrichment files changed (changes elsewhere, such as the content and
    /// theme, are found by their stamps). Null for the first build, a lost event or a change of a folder, so that the
    /// loader looks at every file.
    /// </summary>
    private static HashSet<string>? RegistryChanges(ChangeBatch batch, string registry)
    {
        if (batch.Paths.Count == 0)
        {
            return null;
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in batch.Paths)
        {
            var relative = Path.GetRelativePath(registry, path);
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                continue;
            }

            var named = relative.Split(Path.DirectorySeparatorChar) switch
            {
                ["stewards.yml"] or ["projects" or "sponsors" or "enrichment", _] => true,
                _ => false,
            };
            if (!named)
            {
                return null;
            }

            changed.Add(path);
        }

        return changed;
    }

    private static string RenderFailure(Exception ex) =>
        ex is Render.Templating.ThemeException or IOException or UnauthorizedAccessException
            ? $"the site could not be rendered: {ex.Message}"
            : $"the site could not be rendered: {ex.GetType().Name}: {ex.Message}";

    private static string Describe(IReadOnlyList<string> paths)
    {
        var names = paths.Select(Build.BuildSite.DisplayRoot).Distinct(StringComparer.Ordinal).ToArray();
        return names.Length <= 3
            ? $"changed: {string.Join(", ", names)}"
            : $"changed: {string.Join(", ", names.Take(3))} and {names.Length - 3} more";
    }

    /// <summary>How long after the save the pages were told to reload, and after the change was seen (the rest is the file system's and the debounce's).</summary>
    private static string Since(ChangeBatch batch)
    {
        if (batch.Paths.Count == 0)
        {
            return "";
        }

        var seen = ServeLog.Milliseconds(Stopwatch.GetElapsedTime(batch.FirstSeen));
        return batch.LastWrite is { } saved && DateTime.UtcNow - saved is { Ticks: >= 0 } sinceSave
            ? $"; pages told to reload {ServeLog.Milliseconds(sinceSave)} after the save ({seen} after the change was seen)"
            : $"; pages told to reload {seen} after the change was seen";
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception)
        {
            // Its outcome was reported where it ran.
        }
    }
}
