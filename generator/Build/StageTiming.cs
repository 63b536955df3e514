namespace Steady.Build;

/// <summary>
/// How long one stage took (wall time), the processor time the process spent meanwhile (all threads; on a busy
/// machine a steadier measure than wall time), and how many bytes it allocated (all threads).
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan ProcessorTime, long AllocatedBytes);
