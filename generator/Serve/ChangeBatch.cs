namespace Steady.Serve;

/// <summary>
/// Changes of the inputs seen together: the changed paths (as given by the file system), when the first one was
/// seen (a <see cref="System.Diagnostics.Stopwatch"/> timestamp), and the latest modification time of those files
/// that still exist, which dates the save.
/// </summary>
internal sealed record ChangeBatch(IReadOnlyList<string> Paths, long FirstSeen, DateTime? LastWrite = null)
{
    /// <summary>Both batches as one, timed from the earlier.</summary>
    public ChangeBatch With(ChangeBatch later) =>
        new(Paths.Concat(later.Paths).Distinct(StringComparer.Ordinal).ToArray(), Math.Min(FirstSeen, later.FirstSeen),
            LastWrite is { } a && later.LastWrite is { } b ? (a > b ? a : b) : LastWrite ?? later.LastWrite);

    /// <summary>The latest modification time (UTC) of the files that exist, or null when none does.</summary>
    public static DateTime? LatestWrite(IEnumerable<string> paths)
    {
        DateTime? latest = null;
        foreach (var path in paths)
        {
            var info = new FileInfo(path);
            if (info.Exists && (latest is null || info.LastWriteTimeUtc > latest))
            {
                latest = info.LastWriteTimeUtc;
            }
        }

        return latest;
    }
}
