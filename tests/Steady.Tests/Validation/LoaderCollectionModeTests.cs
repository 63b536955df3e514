using System.Collections.Concurrent;
using System.Runtime;
using Steady.Load;
using Steady.Tests.Support;

namespace Steady.Tests.Validation;

/// <summary>Tests that read or set the collector's latency mode, which the whole process shares: they run alone.</summary>
[CollectionDefinition(nameof(CollectorModeCollection), DisableParallelization = true)]
public sealed class CollectorModeCollection;

/// <summary>
/// A registry with fewer entries than a size (<see cref="RegistryLoader.BatchCollectionsBelow"/> in a build) is read
/// without background collections, a larger one with them, and the collector's mode is put back afterwards either way.
/// </summary>
[Collection(nameof(CollectorModeCollection))]
public sealed class LoaderCollectionModeTests
{
    [Fact]
    public void A_registry_smaller_than_the_size_is_read_in_batch_mode_and_the_mode_is_put_back()
    {
        var (during, after) = ModesWhileReading(batchCollectionsBelow: 4);

        Assert.Equal([GCLatencyMode.Batch], during);
        Assert.Equal(GCLatencyMode.Interactive, after);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(2)]
    public void A_registry_as_large_as_the_size_or_larger_is_read_with_background_collections(int batchCollectionsBelow)
    {
        var (during, after) = ModesWhileReading(batchCollectionsBelow);

        Assert.Equal([GCLatencyMode.Interactive], during);
        Assert.Equal(GCLatencyMode.Interactive, after);
    }

    [Fact]
    public async Task Reads_that_overlap_keep_batch_mode_until_the_last_one_ends_and_then_put_back_the_mode_before()
    {
        GCSettings.LatencyMode = GCLatencyMode.Interactive;
        using var entries = Registry(3);
        using var firstReading = new ManualResetEventSlim();
        using var secondReading = new ManualResetEventSlim();
        using var releaseFirst = new ManualResetEventSlim();
        using var releaseSecond = new ManualResetEventSlim();
        Task Read(ManualResetEventSlim reading, ManualResetEventSlim release) => Task.Run(() =>
            RegistryLoader.Inspect(entries.Path, "registry", TestPaths.AsOf, (_, _) =>
            {
                reading.Set();
                release.Wait(TimeSpan.FromSeconds(30));
            }, batchCollectionsBelow: 4));

        // The first read starts first and ends first, while the second is still reading.
        var first = Read(firstReading, releaseFirst);
        Assert.True(firstReading.Wait(TimeSpan.FromSeconds(30)));
        var second = Read(secondReading, releaseSecond);
        Assert.True(secondReading.Wait(TimeSpan.FromSeconds(30)));
        releaseFirst.Set();
        await first.WaitAsync(TimeSpan.FromSeconds(30));
        var whileSecondReads = GCSettings.LatencyMode;
        releaseSecond.Set();
        await second.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(GCLatencyMode.Batch, whileSecondReads);
        Assert.Equal(GCLatencyMode.Interactive, GCSettings.LatencyMode);
    }

    [Fact]
    public void The_size_lets_a_registry_of_ten_thousand_projects_be_read_in_batch_mode() =>
        Assert.InRange(RegistryLoader.BatchCollectionsBelow, 10_001, 99_999);

    /// <summary>
    /// The modes seen while a registry of three copies of the minimal entry was read, and the mode after, from the
    /// process's usual mode.
    /// </summary>
    private static (GCLatencyMode[] During, GCLatencyMode After) ModesWhileReading(int batchCollectionsBelow)
    {
        using var temp = Registry(3);

        GCSettings.LatencyMode = GCLatencyMode.Interactive;
        var seen = new ConcurrentDictionary<GCLatencyMode, bool>();
        var entries = 0;
        RegistryLoader.Inspect(temp.Path, "registry", TestPaths.AsOf, (_, _) =>
        {
            seen[GCSettings.LatencyMode] = true;
            Interlocked.Increment(ref entries);
        }, batchCollectionsBelow);
        Assert.Equal(3, entries);
        return (seen.Keys.ToArray(), GCSettings.LatencyMode);
    }

    /// <summary>A registry of <paramref name="count"/> copies of the minimal entry.</summary>
    private static TempDirectory Registry(int count)
    {
        var temp = new TempDirectory();
        var projects = Directory.CreateDirectory(Path.Combine(temp.Path, "projects")).FullName;
        var entry = File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "good", "minimal", "projects", "tiny.yml"));
        for (var i = 0; i < count; i++)
        {
            File.WriteAllBytes(Path.Combine(projects, $"p{i}.yml"), entry);
        }

        return temp;
    }
}
