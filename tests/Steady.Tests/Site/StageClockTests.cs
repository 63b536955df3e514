using Steady.Build;

namespace Steady.Tests.Site;

public sealed class StageClockTests
{
    [Fact]
    public void A_stage_counts_the_collections_of_each_generation_that_ran_inside_it()
    {
        var clock = new StageClock();
        clock.Time("outer", () =>
        {
            clock.Time("outer collect", () => GC.Collect(2, GCCollectionMode.Forced, blocking: true));
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        });

        var outer = clock.Stages.Single(s => s.Stage == "outer");
        var inner = clock.Stages.Single(s => s.Stage == "outer collect");

        // A full collection counts in every generation, and the stage around a stage counts what ran inside it. The
        // counts are the process's, so tests running beside this one may add to them, never take away.
        Assert.True(inner.Collections is { Gen0: >= 1, Gen1: >= 1, Gen2: >= 1 }, inner.Collections.ToString());
        Assert.True(outer.Collections.Gen2 >= inner.Collections.Gen2, outer.Collections.ToString());
        Assert.True(outer.Collections.Gen0 >= inner.Collections.Gen0 + 1, outer.Collections.ToString());
        Assert.Equal(["outer", "outer collect"], clock.Stages.Select(s => s.Stage));
    }

    [Fact]
    public void The_profile_table_shows_each_stage_collections_as_gen0_gen1_gen2()
    {
        var stages = new[]
        {
            new StageTiming("load", TimeSpan.FromMilliseconds(1500), TimeSpan.FromMilliseconds(2400), 300L * 1048576,
                TimeSpan.FromMilliseconds(600), 120L * 1048576) { Collections = (19, 10, 2) },
            new StageTiming("render pages", TimeSpan.FromMilliseconds(2000), TimeSpan.FromMilliseconds(3900), 260L * 1048576,
                TimeSpan.FromMilliseconds(120), 160L * 1048576) { Collections = (16, 4, 0) },
        };
        using var output = new StringWriter();
        StageTable.Write(output, stages);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("collections 0/1/2", lines[0], StringComparison.Ordinal);
        Assert.Matches("^load +1500.0 +2400.0 +300.0 +600.0 +120.0 +19/10/2$", lines[1]);
        Assert.Matches("^  render pages +2000.0 +3900.0 +260.0 +120.0 +160.0 +16/4/0$", lines[2]);
    }
}
