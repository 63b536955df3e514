using System.Collections.Concurrent;

namespace Steady.Model;

/// <summary>
/// The location of every value of one file, by path (<c>status.until</c>, <c>history[2].date</c>),
/// so that any stage can point a diagnostic at the exact line. Kept for every entry of the registry, so it is compact:
/// the paths are shared by all files (<see cref="ValuePaths"/>) and each location is a line and a column.
/// </summary>
public sealed class SourceMap
{
    public static readonly SourceMap Empty = new("", new Dictionary<string, LineColumn>());

    private readonly IReadOnlyDictionary<string, LineColumn> _locations;

    public SourceMap(string path, IReadOnlyDictionary<string, LineColumn> locations)
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
                return At(at);
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut <= 0 ? "" : path[..cut];
        }

        return _locations.TryGetValue("", out var root) ? At(root) : SourceLocation.StartOf(Path);
    }

    /// <summary>The location of a key's name (for unknown-key and duplicate-key diagnostics).</summary>
    public bool TryGet(string valuePath, out SourceLocation at)
    {
        if (_locations.TryGetValue(valuePath, out var found))
        {
            at = At(found);
            return true;
        }

        at = default;
        return false;
    }

    private SourceLocation At(LineColumn at) => new(Path, at.Line, at.Column);
}

/// <summary>A position in a file, without the file.</summary>
public readonly record struct LineColumn(int Line, int Column);

/// <summary>
/// The value paths of the model (<c>maintainers[1].github</c>), made once and shared by every file's
/// <see cref="SourceMap"/>, so that ten thousand entries do not each hold their own copies of the same strings.
/// </summary>
public static class ValuePaths
{
    /// <summary>List positions up to this one are shared; later ones (rare in real entries) are made per file.</summary>
    public const int SharedIndexes = 64;

    private static readonly ConcurrentDictionary<(string Parent, string Key), string> Keys = new();
    private static readonly ConcurrentDictionary<(string Parent, int Index), string> Items = new();

    /// <summary>The path of <paramref name="key"/> under <paramref name="parent"/>: <c>status.until</c>.</summary>
    public static string Key(string parent, string key) =>
        parent.Length == 0 ? key : Keys.GetOrAdd((parent, key), static k => $"{k.Parent}.{k.Key}");

    /// <summary>The path of item <paramref name="index"/> of the list at <paramref name="parent"/>: <c>history[2]</c>.</summary>
    public static string Item(string parent, int index) =>
        index < SharedIndexes
            ? Items.GetOrAdd((parent, index), static k => $"{k.Parent}[{k.Index}]")
            : $"{parent}[{index}]";
}
