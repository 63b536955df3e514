namespace Steady.Serve;

/// <summary>
/// What the served pages are at: a generation number that grows with every change, the generation at which each
/// changed file last changed, and the errors of the latest rebuild (null when it succeeded). A page is served with
/// the generation it was read at; it is out of date when its file, or every page, changed after that. Thread-safe.
/// </summary>
internal sealed class SiteState
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _files = new(StringComparer.Ordinal);
    private long _generation;
    private long _everything;
    private IReadOnlyList<string>? _errors;

    public long Generation
    {
        get
        {
            lock (_lock)
            {
                return _generation;
            }
        }
    }

    /// <summary>The problems of the latest rebuild, shown on every page until a rebuild succeeds; null when it succeeded.</summary>
    public IReadOnlyList<string>? Errors
    {
        get
        {
            lock (_lock)
            {
                return _errors;
            }
        }
    }

    /// <summary>Some files changed.</summary>
    public void FilesChanged(IEnumerable<string> sitePaths)
    {
        lock (_lock)
        {
            _generation++;
            foreach (var path in sitePaths)
            {
                _files[path] = _generation;
            }
        }
    }

    /// <summary>Every page may have changed (a whole rebuild).</summary>
    public void EverythingChanged()
    {
        lock (_lock)
        {
            _everything = ++_generation;
        }
    }

    /// <summary>Sets or clears the errors; every page changes when they do, since each one shows them.</summary>
    /// <returns>Whether they changed.</returns>
    public bool SetErrors(IReadOnlyList<string>? errors)
    {
        lock (_lock)
        {
            var same = errors is null ? _errors is null : _errors is not null && _errors.SequenceEqual(errors, StringComparer.Ordinal);
            if (same)
            {
                return false;
            }

            _errors = errors;
            _everything = ++_generation;
            return true;
        }
    }

    /// <summary>Whether the page of this site path, served at <paramref name="generation"/>, is out of date.</summary>
    public bool ChangedSince(string sitePath, long generation)
    {
        lock (_lock)
        {
            return _everything > generation || (_files.TryGetValue(sitePath, out var changed) && changed > generation);
        }
    }
}
