using Steady.Diagnostics;
using Steady.Write;

namespace Steady.Build;

/// <summary>
/// The outcome of a build: the diagnostics of the registry and content, the stage timings, and what was written
/// (null when validation failed and nothing was written).
/// </summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<StageTiming> Stages,
    WriteSummary? Written,
    int Pages,
    int Projects)
{
    public bool Succeeded => Written is not null;
}
