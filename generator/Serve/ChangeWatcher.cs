using System.Diagnostics;

namespace Steady.Serve;

/// <summary>
/// Watches folders (with their subfolders) and reports their changes in batches once they have been quiet for a
/// moment, so that an editor's save (often a write, a rename and a delete) starts one rebuild. Hidden files and
/// folders, and backup files ending in <c>~</c>, are ignored. A lost event (the system's queue overflowed) is
/// reported as a change too: the rebuild finds out what changed from the files themselves.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private readonly Action<ChangeBatch> _report;
    private List<string> _paths = [];
    private long _firstSeen;
    private bool _disposed;

    public ChangeWatcher(IEnumerable<string> folders, TimeSpan quiet, Action<ChangeBatch> report)
    {
        _quiet = quiet;
        _report = report;
        _timer = new Timer(_ => Flush());
        var full = folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f)));
        foreach (var folder in full.Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Seen(folder, e.FullPath);
            watcher.Created += (_, e) => Seen(folder, e.FullPath);
            watcher.Deleted += (_, e) => Seen(folder, e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Seen(folder, e.OldFullPath);
                Seen(folder, e.FullPath);
            };
            watcher.Error += (_, _) => Seen(folder, folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The folders actually watched (those that exist).</summary>
    public IReadOnlyList<string> Folders => _watchers.Select(w => w.Path).ToArray();

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
        }

        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void Seen(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        if (relative != "." && (relative.Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.')) || relative.EndsWith('~')))
        {
            return;
        }

        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            if (_paths.Count == 0)
            {
                _firstSeen = Stopwatch.GetTimestamp();
            }

            _paths.Add(path);
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        ChangeBatch batch;
        lock (_lock)
        {
            if (_disposed || _paths.Count == 0)
            {
                return;
            }

            batch = new ChangeBatch(_paths.Distinct(StringComparer.Ordinal).ToArray(), _firstSeen);
            _paths = [];
        }

        batch = batch with { LastWrite = ChangeBatch.LatestWrite(batch.Paths) };

        _report(batch);
    }
}
