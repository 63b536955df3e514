namespace Steady.Build;

/// <summary>How long one stage took and how many bytes it allocated (all threads).</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long AllocatedBytes);
