using System.Diagnostics;

namespace Steady.Build;

/// <summary>
/// Times the stages of a build: wall time, processor time, bytes allocated by every thread and the time the garbage
/// collector paused them while the stage ran, and the peak resident memory when it ended. Stages may nest (each publisher inside render).
/// </summary>
internal sealed class StageClock
{
    private readonly List<StageTiming> _stages = [];
    private readonly IProgress<StageProgress>? _progress;

    public StageClock(IProgress<StageProgress>? progress = null) => _progress = progress;

    public IReadOnlyList<StageTiming> Stages => _stages;

    public T Time<T>(string stage, Func<T> work)
    {
        // A stage is listed before the stages timed inside it.
        var position = _stages.Count;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        var collections = Collections();
        var clock = Stopwatch.StartNew();
        _progress?.Report(new StageProgress(stage, null));
        try
        {
            return work();
        }
        finally
        {
            using var process = Process.GetCurrentProcess();
            var (gen0, gen1, gen2) = Collections();
            _stages.Insert(position, new StageTiming(stage, clock.Elapsed,
                process.TotalProcessorTime - processor, GC.GetTotalAllocatedBytes(precise: true) - allocated,
                GC.GetTotalPauseDuration() - paused, process.PeakWorkingSet64)
            {
                Collections = (gen0 - collections.Gen0, gen1 - collections.Gen1, gen2 - collections.Gen2),
            });
            _progress?.Report(new StageProgress(stage, clock.Elapsed));
        }
    }

    private static (int Gen0, int Gen1, int Gen2) Collections() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    public void Time(string stage, Action work) => Time<object?>(stage, () =>
    {
        work();
        return null;
    });
}
