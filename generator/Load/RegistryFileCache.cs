using System.Collections.Concurrent;

namespace Steady.Load;

/// <summary>
/// Registry files already read, by full path, display path and <see cref="FileStamp"/>: a file whose length and
/// modification time did not change is not read again, and its parsed value is the same instance as before (so later
/// stages can cache by reference). One cache serves one as-of date, since dates after it are reported while reading.
/// Paths are as the loader lists them: give it a full registry path to use <see cref="AssumeOnlyChanged"/>.
/// Thread-safe. <c>steady serve</c> keeps one for the whole session.
/// </summary>
public sealed class RegistryFileCache(DateOnly asOf)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private IReadOnlySet<string>? _changed;
    private int _reads;

    /// <summary>The as-of date the cached files were read for.</summary>
    public DateOnly AsOf => asOf;

    /// <summary>How many files were read (not taken from the cache) since the last call; resets the count.</summary>
    public int TakeReadCount() => Interlocked.Exchange(ref _reads, 0);

    /// <summary>
    /// Tells which files changed since the last load, as a file watcher reported them (full paths): until the next
    /// call, every other cached file is taken as unchanged without looking at it. Null (the default) looks at every
    /// file's stamp, which is what a caller does when it cannot be sure it saw every change.
    /// </summary>
    /// <exception cref="ArgumentException">A path is not a full path.</exception>
    public void AssumeOnlyChanged(IReadOnlySet<string>? fullPaths)
    {
        if (fullPaths?.FirstOrDefault(p => !Path.IsPathFullyQualified(p)) is { } relative)
        {
            throw new ArgumentException($"'{relative}' is not a full path", nameof(fullPaths));
        }

        _changed = fullPaths;
    }

    /// <summary>The cached document when the file is unchanged, else <paramref name="read"/>'s result, remembered.</summary>
    public CachedDocument<T> GetOrRead<T>(string fullPath, string displayPath, Func<CachedDocument<T>> read)
        where T : class
    {
        if (_changed is { } changed && !changed.Contains(fullPath) && _entries.TryGetValue(fullPath, out var known) &&
            known.Display.Equals(displayPath, StringComparison.Ordinal) && known.Document is CachedDocument<T> assumed)
        {
            return assumed;
        }

        // The stamp is taken before reading: a write during the read gives a newer stamp, so the next call reads again.
        var stamp = FileStamp.Of(fullPath);
        if (_entries.TryGetValue(fullPath, out var entry) && entry.Stamp == stamp &&
            entry.Display.Equals(displayPath, StringComparison.Ordinal) && entry.Document is CachedDocument<T> cached)
        {
            return cached;
        }

        var document = read();
        _entries[fullPath] = new Entry(stamp, displayPath, document);
        Interlocked.Increment(ref _reads);
        return document;
    }

    /// <summary>Forgets the files that are no longer present.</summary>
    public void Retain(IReadOnlySet<string> fullPaths)
    {
        foreach (var path in _entries.Keys)
        {
            if (!fullPaths.Contains(path))
            {
                _entries.TryRemove(path, out _);
            }
        }
    }

    private sealed record Entry(FileStamp Stamp, string Display, object Document);
}
