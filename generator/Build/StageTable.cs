using System.Globalization;

namespace Steady.Build;

/// <summary>The table that <c>--profile</c> prints: one line per stage, nested stages indented.</summary>
public static class StageTable
{
    public static void Write(TextWriter output, IReadOnlyList<StageTiming> stages)
    {
        output.WriteLine("stage              time (ms)    cpu (ms)   allocated (MiB)   gc pause (ms)   peak memory (MiB)   collections 0/1/2");
        foreach (var s in stages)
        {
            var name = s.Stage.Contains(' ', StringComparison.Ordinal) ? "  " + s.Stage : s.Stage;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-18} {s.Elapsed.TotalMilliseconds,9:0.0}   {s.ProcessorTime.TotalMilliseconds,9:0.0}   {s.AllocatedBytes / 1048576.0,15:0.0}   {s.GcPause.TotalMilliseconds,13:0.0}   {s.PeakMemoryBytes / 1048576.0,17:0.0}   {Collections(s),17}"));
        }
    }

    private static string Collections(StageTiming s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Collections.Gen0}/{s.Collections.Gen1}/{s.Collections.Gen2}");

    /// <summary>The wall time of the top-level stages (nested stages are inside them).</summary>
    public static TimeSpan Total(IReadOnlyList<StageTiming> stages) =>
        TimeSpan.FromTicks(stages.Where(s => !s.Stage.Contains(' ', StringComparison.Ordinal)).Sum(s => s.Elapsed.Ticks));
}
