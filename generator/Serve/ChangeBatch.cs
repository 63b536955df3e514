namespace Steady.Serve;

/// <summary>Changes of the inputs seen together: the changed paths (as given by the file system) and when the first one was seen.</summary>
internal sealed record ChangeBatch(IReadOnlyList<string> Paths, long FirstSeen)
{
    /// <summary>Both batches as one, timed from the earlier.</summary>
    public ChangeBatch With(ChangeBatch later) =>
        new(Paths.Concat(later.Paths).Distinct(StringComparer.Ordinal).ToArray(), Math.Min(FirstSeen, later.FirstSeen));
}
