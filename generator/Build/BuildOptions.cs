using Steady.Config;
using Steady.Write;

namespace Steady.Build;

/// <summary>What a build needs: the resolved settings and the one as-of date.</summary>
public sealed record BuildOptions(SiteSettings Settings, DateOnly AsOf)
{
    /// <summary>Wraps the output sink (tests use it to fail in the middle of writing).</summary>
    public Func<IOutputSink, IOutputSink>? WrapSink { get; init; }

    /// <summary>Told when each stage starts and ends (a progress bar on a terminal, plain lines in CI).</summary>
    public IProgress<StageProgress>? Progress { get; init; }
}
