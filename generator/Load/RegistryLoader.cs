using System.Collections.Concurrent;
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
    /// <param name="registryDir">The registry folder.</param>
    /// <param name="displayRoot">How the folder is named in diagnostics (for example <c>registry-data</c>).</param>
    /// <param name="asOf">Dates after this day are reported as future dates.</param>
    public static LoadResult Load(string registryDir, string displayRoot, DateOnly asOf)
    {
        if (!Directory.Exists(registryDir))
        {
            throw new DirectoryNotFoundException($"registry folder '{registryDir}' does not exist");
        }

        var diagnostics = new ConcurrentBag<Diagnostic>();
        var damaged = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        var projectFiles = ListEntries(registryDir, "projects", displayRoot, diagnostics);
        var projects = new Project?[projectFiles.Count];
        Parallel.For(0, projectFiles.Count, Text.Parallelism.Options, i =>
        {
            var (fullPath, display, slug) = projectFiles[i];
            var bag = new DiagnosticBag();
            projects[i] = LoadDocument<Project>(fullPath, display, bag, asOf, out var isDamaged) is { } p
                ? p with { Slug = slug }
                : null;
            if (isDamaged || projects[i] is null)
            {
                damaged[slug] = true;
            }

            foreach (var d in bag.Items) diagnostics.Add(d);
        });

        var sponsorFiles = ListEntries(registryDir, "sponsors", displayRoot, diagnostics);
        var sponsors = new List<Sponsor>();
        foreach (var (fullPath, display, slug) in sponsorFiles)
        {
            var bag = new DiagnosticBag();
            if (LoadDocument<Sponsor>(fullPath, display, bag, asOf, out _) is { } sponsor)
            {
                sponsors.Add(sponsor with { Slug = slug });
            }

            foreach (var d in bag.Items) diagnostics.Add(d);
        }

        var stewards = new List<Steward>();
        var stewardsPath = Path.Combine(registryDir, "stewards.yml");
        if (File.Exists(stewardsPath))
        {
            var bag = new DiagnosticBag();
            var file = LoadDocument<StewardsFile>(stewardsPath, Display(displayRoot, "stewards.yml"), bag, asOf, out _);
            stewards.AddRange(file?.Stewards ?? []);
            foreach (var d in bag.Items) diagnostics.Add(d);
        }

        var registry = new Registry(
            projects.OfType<Project>().OrderBy(p => p.Slug, StringComparer.Ordinal).ToArray(),
            stewards,
            sponsors.OrderBy(s => s.Slug, StringComparer.Ordinal).ToArray());
        var sorted = diagnostics.ToArray();
        Array.Sort(sorted, Diagnostic.Order);
        return new LoadResult(registry, sorted, damaged.Keys.ToHashSet(StringComparer.Ordinal));
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
        var value = WithSource(binder.Bind<T>(root), binder.SourceMap);
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
        return WithSource(binder.Bind<T>(root), binder.SourceMap);
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
