using System.Collections.Concurrent;
using System.Runtime;
using Steady.Diagnostics;
using Steady.Model;
using Steady.Text;

namespace Steady.Load;

/// <summary>
/// Reads a registry folder: <c>projects/*.yml</c>, <c>stewards.yml</c> and <c>sponsors/*.yml</c>.
/// Files are read in parallel; the result is sorted by slug so that it never depends on timing.
/// </summary>
public static class RegistryLoader
{
    /// <summary>
    /// A registry with fewer project entries than this is read without background collections (the collector's batch
    /// mode). While entries are read, the heap grows by what they keep; below this size a background collection costs
    /// the two reading threads more than the blocking collections it spares them, and on a larger registry the reverse.
    /// </summary>
    public const int BatchCollectionsBelow = 25_000;

    private static readonly Lock BatchGate = new();
    private static int _batchReaders;
    private static GCLatencyMode _latencyBefore;

    /// <summary>
    /// Puts the collector in batch mode for a reader; readers that overlap share it, and the first one's mode before is the
    /// one the last one puts back.
    /// </summary>
    private static void EnterBatch()
    {
        lock (BatchGate)
        {
            if (_batchReaders++ == 0)
            {
                _latencyBefore = GCSettings.LatencyMode;
                GCSettings.LatencyMode = GCLatencyMode.Batch;
            }
        }
    }

    private static void LeaveBatch()
    {
        lock (BatchGate)
        {
            if (--_batchReaders == 0)
            {
                GCSettings.LatencyMode = _latencyBefore;
            }
        }
    }

    /// <param name="registryDir">The registry folder.</param>
    /// <param name="displayRoot">How the folder is named in diagnostics (for example <c>registry-data</c>).</param>
    /// <param name="asOf">Dates after this day are reported as future dates.</param>
    /// <param name="cache">Files read before, reused while their length and modification time are unchanged.</param>
    public static LoadResult Load(string registryDir, string displayRoot, DateOnly asOf, RegistryFileCache? cache = null) =>
        Read(registryDir, displayRoot, asOf, cache, inspect: null);

    /// <summary>
    /// Reads the registry as <see cref="Load"/> does, but hands each entry to <paramref name="inspect"/> as soon as it
    /// is read (on any thread, with whether it was read only in part) and keeps none: the result's registry has the
    /// stewards and sponsors but no projects. For checks that look at one entry at a time, so that memory does not
    /// grow with the registry.
    /// </summary>
    public static LoadResult Inspect(string registryDir, string displayRoot, DateOnly asOf, Action<Project, bool> inspect) =>
        Read(registryDir, displayRoot, asOf, null, inspect);

    /// <summary><see cref="Inspect(string, string, DateOnly, Action{Project, bool})"/> with another size for batch mode.</summary>
    internal static LoadResult Inspect(
        string registryDir, string displayRoot, DateOnly asOf, Action<Project, bool> inspect, int batchCollectionsBelow) =>
        Read(registryDir, displayRoot, asOf, null, inspect, batchCollectionsBelow);

    private static LoadResult Read(
        string registryDir, string displayRoot, DateOnly asOf, RegistryFileCache? cache, Action<Project, bool>? inspect,
        int batchCollectionsBelow = BatchCollectionsBelow)
    {
        if (!Directory.Exists(registryDir))
        {
            throw new DirectoryNotFoundException($"registry folder '{registryDir}' does not exist");
        }

        if (cache is not null && cache.AsOf != asOf)
        {
            throw new ArgumentException($"the cache holds files read for {cache.AsOf:yyyy-MM-dd}, not {asOf:yyyy-MM-dd}", nameof(cache));
        }

        var diagnostics = new ConcurrentBag<Diagnostic>();
        var damaged = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        var projectFiles = ListEntries(registryDir, "projects", displayRoot, diagnostics);
        var projects = new Project?[inspect is null ? projectFiles.Count : 0];
        var batch = projectFiles.Count < batchCollectionsBelow;
        if (batch)
        {
            EnterBatch();
        }

        try
        {
            Parallel.For(0, projectFiles.Count, Text.Parallelism.Options, i =>
            {
                var (fullPath, display, slug) = projectFiles[i];
                var document = Read<Project>(fullPath, display, asOf, cache, p => p with { Slug = slug });
                if (inspect is null)
                {
                    projects[i] = document.Value;
                }
                else if (document.Value is { } project)
                {
                    inspect(project, document.Damaged);
                }

                if (document.Damaged)
                {
                    damaged[slug] = true;
                }

                foreach (var d in document.Diagnostics) diagnostics.Add(d);
            });
        }
        finally
        {
            if (batch)
            {
                LeaveBatch();
            }
        }

        var sponsorFiles = ListEntries(registryDir, "sponsors", displayRoot, diagnostics);
        var sponsors = new List<Sponsor>();
        foreach (var (fullPath, display, slug) in sponsorFiles)
        {
            var document = Read<Sponsor>(fullPath, display, asOf, cache, s => s with { Slug = slug });
            if (document.Value is { } sponsor)
            {
                sponsors.Add(sponsor);
            }

            foreach (var d in document.Diagnostics) diagnostics.Add(d);
        }

        var stewards = new List<Steward>();
        var stewardsPath = Path.Combine(registryDir, "stewards.yml");
        var present = projectFiles.Concat(sponsorFiles).Select(f => f.FullPath).ToHashSet(StringComparer.Ordinal);
        if (File.Exists(stewardsPath))
        {
            var document = Read<StewardsFile>(stewardsPath, Display(displayRoot, "stewards.yml"), asOf, cache, f => f);
            stewards.AddRange(document.Value?.Stewards ?? []);
            foreach (var d in document.Diagnostics) diagnostics.Add(d);
            present.Add(stewardsPath);
        }

        cache?.Retain(present);
        var registry = new Registry(
            projects.OfType<Project>().OrderBy(p => p.Slug, StringComparer.Ordinal).ToArray(),
            stewards,
            sponsors.OrderBy(s => s.Slug, StringComparer.Ordinal).ToArray());
        var sorted = diagnostics.ToArray();
        Array.Sort(sorted, Diagnostic.Order);
        return new LoadResult(registry, sorted, damaged.Keys.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The registry as <see cref="Load"/> with <paramref name="cache"/> reads it after the project files named in
    /// <paramref name="changed"/> (full paths) were edited in place, made from <paramref name="previous"/>, that load's
    /// result, without listing the folders again: each named file is read again and its entry takes the place of the
    /// one before; a named file that is gone and left nothing in <paramref name="previous"/> is passed over. Null when
    /// that is not enough and the caller loads the whole registry: a named file is not a project entry of
    /// <paramref name="previous"/> (a new, renamed or deleted entry, a sponsor, the stewards, another folder) or it no
    /// longer reads as an entry.
    /// </summary>
    /// <param name="registryDir">The registry folder as a full path, as given to the load that made <paramref name="previous"/>.</param>
    public static LoadResult? Update(
        LoadResult previous, IReadOnlySet<string> changed, string registryDir, string displayRoot, RegistryFileCache cache)
    {
        var projects = previous.Registry.Projects.ToArray();
        var displays = new HashSet<string>(StringComparer.Ordinal);
        var fresh = new List<Diagnostic>();
        var damaged = previous.Damaged.ToHashSet(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            if (Path.GetRelativePath(registryDir, path).Split(Path.DirectorySeparatorChar) is not ["projects", var name])
            {
                return null;
            }

            var display = Display(displayRoot, $"projects/{name}");
            var slug = name.EndsWith(".yml", StringComparison.Ordinal) ? name[..^".yml".Length] : "";
            var at = slug.Length == 0 ? -1 : projects.AsSpan().BinarySearch(new SlugKey(slug));
            if (at < 0)
            {
                // A file that came and went between two loads, such as the temporary file of an editor that saves by
                // renaming a new file over the old one, left nothing in the previous load and is not there now.
                if (!Path.Exists(path) && !previous.Diagnostics.Any(d => d.At.Path == display))
                {
                    continue;
                }

                return null;
            }

            if (!File.Exists(path))
            {
                return null;
            }

            var document = Read<Project>(path, display, cache.AsOf, cache, p => p with { Slug = slug });
            if (document.Value is not { } project)
            {
                return null;
            }

            projects[at] = project;
            displays.Add(display);
            fresh.AddRange(document.Diagnostics);
            if (document.Damaged)
            {
                damaged.Add(slug);
            }
            else
            {
                damaged.Remove(slug);
            }
        }

        if (displays.Count == 0)
        {
            return previous;
        }

        var diagnostics = previous.Diagnostics.Where(d => !displays.Contains(d.At.Path)).Concat(fresh).ToArray();
        Array.Sort(diagnostics, Diagnostic.Order);
        return new LoadResult(previous.Registry with { Projects = projects }, diagnostics, damaged);
    }

    /// <summary>A slug compared with the entries, which are sorted by slug, for a binary search.</summary>
    private readonly struct SlugKey(string slug) : IComparable<Project>
    {
        public int CompareTo(Project? other) => string.CompareOrdinal(slug, other?.Slug);
    }

    /// <summary>One file read now, or taken from the cache when unchanged; <paramref name="complete"/> names the value after its file.</summary>
    private static CachedDocument<T> Read<T>(string fullPath, string display, DateOnly asOf, RegistryFileCache? cache, Func<T, T> complete)
        where T : Located
    {
        CachedDocument<T> ReadNow()
        {
            var bag = new DiagnosticBag();
            var value = LoadDocument<T>(fullPath, display, bag, asOf, out var isDamaged);
            return new CachedDocument<T>(value is null ? null : complete(value), bag.Items.ToArray(), isDamaged || value is null);
        }

        return cache is null ? ReadNow() : cache.GetOrRead(fullPath, display, ReadNow);
    }

    /// <summary>Reads and binds one file of the registry.</summary>
    public static T? LoadDocument<T>(string fullPath, string displayPath, DiagnosticBag bag, DateOnly asOf, out bool damaged)
        where T : Located
    {
        damaged = true;
        var root = SafeYamlReader.ReadFile(fullPath, displayPath, bag);
        if (root is null)
        {
            return null;
        }

        var binder = new ModelBinder(displayPath, bag, asOf);
        var value = WithSource(binder.Bind<T>(root), binder.TakeSourceMap());
        damaged = binder.Damaged;
        return value;
    }

    /// <summary>Reads and binds a document held in memory (used by the guard to read files at a git revision).</summary>
    public static T? LoadText<T>(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag bag, DateOnly asOf)
        where T : Located
    {
        var root = SafeYamlReader.Read(bytes, displayPath, bag);
        if (root is null)
        {
            return null;
        }

        var binder = new ModelBinder(displayPath, bag, asOf);
        return WithSource(binder.Bind<T>(root), binder.TakeSourceMap());
    }

    private static T? WithSource<T>(T? value, SourceMap source)
        where T : Located => value switch
    {
        Project p => (T)(Located)(p with { Source = source }),
        Sponsor s => (T)(Located)(s with { Source = source }),
        StewardsFile f => (T)(Located)(f with { Source = source }),
        _ => value,
    };

    private static List<(string FullPath, string Display, string Slug)> ListEntries(
        string registryDir, string folder, string displayRoot, ConcurrentBag<Diagnostic> diagnostics)
    {
        var dir = Path.Combine(registryDir, folder);
        var result = new List<(string, string, string)>();
        if (!Directory.Exists(dir))
        {
            return result;
        }

        foreach (var fullPath in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(fullPath);
            var display = Display(displayRoot, $"{folder}/{name}");
            if (name.StartsWith('.') || name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var slug = Path.GetFileNameWithoutExtension(name);
            if (!name.EndsWith(".yml", StringComparison.Ordinal))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.FileName, $"'{name}' is not a .yml file",
                    SourceLocation.StartOf(display), $"rename it to '{Slugify(slug)}.yml'; only .yml files are read"));
                continue;
            }

            if (!TextRules.IsSlug(slug))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.FileName, $"file name '{name}' is not a valid slug",
                    SourceLocation.StartOf(display), $"rename it to '{Slugify(slug)}.yml': lowercase letters, digits and hyphens; the name is the URL"));
                continue;
            }

            result.Add((fullPath, display, slug));
        }

        return result;
    }

    /// <summary>A display path with forward slashes, whatever the platform.</summary>
    public static string Display(string root, string relative) =>
        (root.Length == 0 ? relative : $"{root.TrimEnd('/', '\\')}/{relative}").Replace('\\', '/');

    private static string Slugify(string name)
    {
        var chars = name.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray();
        var slug = new string(chars).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return slug.Length == 0 ? "project" : slug[..Math.Min(slug.Length, 63)];
    }
}
