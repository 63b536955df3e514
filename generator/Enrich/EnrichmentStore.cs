using Steady.Cli;
using Steady.Derive;

namespace Steady.Enrich;

/// <summary>
/// Reads <c>&lt;registry&gt;/enrichment/*.json</c> for the build. Enrichment is optional: without the folder
/// every project simply has none. A file that cannot be read stops the run with an error naming the file.
/// </summary>
public static class EnrichmentStore
{
    /// <summary>The folder of enrichment files inside a registry folder.</summary>
    public static string Folder(string registryDir) => Path.Combine(registryDir, "enrichment");

    /// <summary>
    /// Reads every enrichment file now and returns the lookup by slug that <see cref="SignalDeriver.Derive"/> takes
    /// (<c>null</c> for a project without a file).
    /// </summary>
    /// <exception cref="UsageException">A file is not a valid enrichment file; the message names it.</exception>
    public static Func<string, Enrichment?> Load(string registryDir)
    {
        var all = LoadAll(registryDir);
        return slug => all.GetValueOrDefault(slug);
    }

    /// <summary>Every enrichment file of the registry by slug, converted for the signals.</summary>
    public static IReadOnlyDictionary<string, Enrichment> LoadAll(string registryDir)
    {
        var folder = Folder(registryDir);
        var result = new Dictionary<string, Enrichment>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return result;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileNameWithoutExtension(file);
            var display = Path.Combine(folder, Path.GetFileName(file)).Replace('\\', '/');
            try
            {
                if (new FileInfo(file).Length > EnrichmentJson.MaxBytes)
                {
                    throw new InvalidDataException(
                        $"{display}: file is {new FileInfo(file).Length:N0} bytes; the limit is {EnrichmentJson.MaxBytes:N0}");
                }

                result[slug] = ToSignals(EnrichmentJson.Read(File.ReadAllBytes(file), display));
            }
            catch (IOException ex)
            {
                throw new UsageException($"{display}: could not be read: {ex.Message}");
            }
            catch (InvalidDataException ex)
            {
                throw new UsageException(
                    $"{ex.Message}. Enrichment files are written only by `steady enrich`: run it again, or delete the file.");
            }
        }

        return result;
    }

    /// <summary>What the signals need of the recorded data.</summary>
    public static Enrichment ToSignals(EnrichmentData data) => new(
        data.Archived,
        data.LatestRelease?.Tag,
        data.LatestRelease?.PublishedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null,
        data.LatestRelease?.Author,
        data.FundingUrls);
}
