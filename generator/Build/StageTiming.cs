namespace Steady.Build;

/// <summary>
/// How long one stage took (wall time), the processor time the process spent meanwhile (all threads; on a busy
/// machine a steadier measure than wall time), how many bytes it allocated (all threads), and how long the garbage
/// collector paused the threads, the process's peak resident memory so far when the stage ended (the stage where it
/// grows is the one that set it), and how many collections of each generation ran (a collection of generation 2 also
/// counts as one of 1 and 0, as <see cref="GC.CollectionCount"/> does).
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan ProcessorTime, long AllocatedBytes, TimeSpan GcPause, long PeakMemoryBytes)
{
    /// <summary>Collections of generations 0, 1 and 2 while the stage ran.</summary>
    public (int Gen0, int Gen1, int Gen2) Collections { get; init; }
}
