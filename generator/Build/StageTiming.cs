namespace Steady.Build;

/// <summary>
/// How long one stage took (wall time), the processor time the process spent meanwhile (all threads; on a busy
/// machine a steadier measure than wall time), how many bytes it allocated (all threads), and how long the garbage
/// collector paused the threads, and the process's peak resident memory so far when the stage ended (the stage where it
/// grows is the one that set it).
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan ProcessorTime, long AllocatedBytes, TimeSpan GcPause, long PeakMemoryBytes);
