namespace Steady.Model;

/// <summary>
/// The location of every value of one file, by path (<c>status.until</c>, <c>history[2].date</c>),
/// so that any stage can point a diagnostic at the exact line.
/// </summary>
public sealed class SourceMap
{
    public static readonly SourceMap Empty = new("", new Dictionary<string, SourceLocation>());

    private readonly IReadOnlyDictionary<string, SourceLocation> _locations;

    public SourceMap(string path, IReadOnlyDictionary<string, SourceLocation> locations)
    {
        Path = path;
        _locations = locations;
    }

    /// <summary>The file as shown in diagnostics.</summary>
    public string Path { get; }

    /// <summary>The location of the value at <paramref name="valuePath"/>, or of its nearest parent that was written.</summary>
    public SourceLocation Find(string valuePath)
    {
        var path = valuePath;
        while (path.Length > 0)
        {
            if (_locations.TryGetValue(path, out var at))
            {
                return at;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut <= 0 ? "" : path[..cut];
        }

        return _locations.TryGetValue("", out var root) ? root : SourceLocation.StartOf(Path);
    }

    /// <summary>The location of a key's name (for unknown-key and duplicate-key diagnostics).</summary>
    public bool TryGet(string valuePath, out SourceLocation at) => _locations.TryGetValue(valuePath, out at);
}
