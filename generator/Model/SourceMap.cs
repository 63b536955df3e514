using System.Collections.Concurrent;

namespace Steady.Model;

/// <summary>
/// The location of every value of one file, by path (<c>status.until</c>, <c>history[2].date</c>),
/// so that any stage can point a diagnostic at the exact line. Kept for every entry of the registry, so it is compact:
/// a line and a column per value, in the order the values were read, and the list of paths, which is shared by every
/// file written in the same shape (<see cref="ValuePaths"/>). Lookups scan the list; they happen only for diagnostics.
/// </summary>
public sealed class SourceMap
{
    public static readonly SourceMap Empty = new("", [], []);

    private readonly string[] _paths;
    private readonly LineColumn[] _positions;

    /// <param name="path">The file as shown in diagnostics.</param>
    /// <param name="valuePaths">The path of each value; when a path appears twice, the later position counts.</param>
    /// <param name="positions">Where each value starts, in the order of <paramref name="valuePaths"/>.</param>
    public SourceMap(string path, string[] valuePaths, LineColumn[] positions)
    {
        if (valuePaths.Length != positions.Length)
        {
            throw new ArgumentException($"{valuePaths.Length} paths but {positions.Length} positions", nameof(positions));
        }

        Path = path;
        _paths = valuePaths;
        _positions = positions;
    }

    /// <summary>The file as shown in diagnostics.</summary>
    public string Path { get; }

    /// <summary>Whether both maps hold the same file, values and positions.</summary>
    public bool SameAs(SourceMap other) =>
        ReferenceEquals(this, other) ||
        (Path == other.Path && _paths.AsSpan().SequenceEqual(other._paths) && _positions.AsSpan().SequenceEqual(other._positions));

    /// <summary>The location of the value at <paramref name="valuePath"/>, or of its nearest parent that was written.</summary>
    public SourceLocation Find(string valuePath)
    {
        var path = valuePath;
        while (path.Length > 0)
        {
            if (TryFind(path, out var at))
            {
                return At(at);
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut <= 0 ? "" : path[..cut];
        }

        return TryFind("", out var root) ? At(root) : SourceLocation.StartOf(Path);
    }

    /// <summary>The location of a key's name (for unknown-key and duplicate-key diagnostics).</summary>
    public bool TryGet(string valuePath, out SourceLocation at)
    {
        if (TryFind(valuePath, out var found))
        {
            at = At(found);
            return true;
        }

        at = default;
        return false;
    }

    private bool TryFind(string valuePath, out LineColumn at)
    {
        for (var i = _paths.Length - 1; i >= 0; i--)
        {
            if (string.Equals(_paths[i], valuePath, StringComparison.Ordinal))
            {
                at = _positions[i];
                return true;
            }
        }

        at = default;
        return false;
    }

    private SourceLocation At(LineColumn at) => new(Path, at.Line, at.Column);

    /// <summary>
    /// The same map with only the values <paramref name="selection"/> keeps, in the same order. For <see cref="Find"/> to
    /// give the same answers as this map for some paths, the selection keeps them and every parent of them.
    /// </summary>
    public SourceMap Subset(PathSelection selection)
    {
        var indices = selection.IndicesIn(_paths, out var paths);
        var positions = new LineColumn[indices.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = _positions[indices[i]];
        }

        return new SourceMap(Path, paths, positions);
    }
}

/// <summary>
/// The value paths a <see cref="SourceMap.Subset"/> keeps. Which entries of a list of paths those are is worked out once
/// for each list: files written in the same shape share one (<see cref="ValuePaths.Shared"/>), so a registry's entries
/// cost a lookup each.
/// </summary>
public sealed class PathSelection(Func<string, bool> keep)
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<string[], Kept> _byList = new();

    /// <summary>Where the kept paths are in <paramref name="all"/>, and the kept paths themselves.</summary>
    internal int[] IndicesIn(string[] all, out string[] kept)
    {
        var chosen = _byList.GetValue(all, paths =>
        {
            var indices = Enumerable.Range(0, paths.Length).Where(i => keep(paths[i])).ToArray();
            return new Kept(indices.Select(i => paths[i]).ToArray(), indices);
        });
        kept = chosen.Paths;
        return chosen.Indices;
    }

    private sealed record Kept(string[] Paths, int[] Indices);
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

    private const int MaxShapes = 16_384;

    // Keyed by the arrays themselves, compared by the identity of their strings (which Key and Item share); looked up
    // by span, so that a file in a known shape makes no array to ask with.
    private static readonly ConcurrentDictionary<string[], string[]> Shapes = new(PathListComparer.Instance);

    private static readonly ConcurrentDictionary<string[], string[]>.AlternateLookup<ReadOnlySpan<string>> ShapesBySpan =
        Shapes.GetAlternateLookup<ReadOnlySpan<string>>();

    /// <summary>
    /// One shared array equal to <paramref name="paths"/> (the same path strings in the same order), so that files
    /// written in the same shape keep one list of paths between them; the first few thousand shapes are kept.
    /// </summary>
    public static string[] Shared(ReadOnlySpan<string> paths)
    {
        if (ShapesBySpan.TryGetValue(paths, out var shared))
        {
            return shared;
        }

        var array = paths.ToArray();
        // The count is kept apart: ConcurrentDictionary.Count takes every lock of the dictionary.
        if (Volatile.Read(ref _shapes) >= MaxShapes)
        {
            return array;
        }

        shared = Shapes.GetOrAdd(array, array);
        if (ReferenceEquals(shared, array))
        {
            Interlocked.Increment(ref _shapes);
        }

        return shared;
    }

    private static int _shapes;

    /// <summary>Lists of paths compared by the identity of their strings, as arrays or as spans.</summary>
    private sealed class PathListComparer : IEqualityComparer<string[]>, IAlternateEqualityComparer<ReadOnlySpan<string>, string[]>
    {
        public static readonly PathListComparer Instance = new();

        public bool Equals(string[]? x, string[]? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && Equals(x.AsSpan(), y));

        public int GetHashCode(string[] paths) => GetHashCode(paths.AsSpan());

        public bool Equals(ReadOnlySpan<string> alternate, string[] other) =>
            alternate.SequenceEqual(other, ReferenceEqualityComparer.Instance);

        public int GetHashCode(ReadOnlySpan<string> alternate)
        {
            var hash = new HashCode();
            foreach (var path in alternate)
            {
                hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(path));
            }

            return hash.ToHashCode();
        }

        public string[] Create(ReadOnlySpan<string> alternate) => alternate.ToArray();
    }

    /// <summary>The path of item <paramref name="index"/> of the list at <paramref name="parent"/>: <c>history[2]</c>.</summary>
    public static string Item(string parent, int index) =>
        index < SharedIndexes
            ? Items.GetOrAdd((parent, index), static k => $"{k.Parent}[{k.Index}]")
            : $"{parent}[{index}]";
}
