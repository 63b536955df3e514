using System.Text.RegularExpressions;

namespace Steady.Enrich;

/// <summary>
/// Writes <c>&lt;slug&gt;.json</c> only when something other than <c>fetched_at</c> changed, and atomically,
/// so an unchanged repository leaves its file (and its modification time) alone and an interrupted run never
/// leaves half a file.
/// </summary>
public static partial class EnrichmentWriter
{
    /// <summary>Writes the file when its content changed; returns whether it did.</summary>
    public static bool Save(string folder, string slug, EnrichmentData data)
    {
        if (!SlugPattern().IsMatch(slug))
        {
            throw new ArgumentException($"'{slug}' is not a registry slug", nameof(slug));
        }

        var path = Path.Combine(folder, slug + ".json");
        if (File.Exists(path) && new FileInfo(path).Length <= EnrichmentJson.MaxBytes)
        {
            try
            {
                var existing = File.ReadAllBytes(path);
                var previous = EnrichmentJson.Read(existing, path);
                if (EnrichmentJson.Write(data with { FetchedAt = previous.FetchedAt }).AsSpan().SequenceEqual(existing))
                {
                    return false;
                }
            }
            catch (InvalidDataException)
            {
                // A damaged file is replaced.
            }
        }

        Directory.CreateDirectory(folder);
        AtomicFile.Write(path, EnrichmentJson.Write(data));
        return true;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
