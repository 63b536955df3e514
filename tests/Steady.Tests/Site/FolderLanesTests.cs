using System.Collections.Concurrent;
using System.Text;
using Steady.Write;

namespace Steady.Tests.Site;

/// <summary>
/// One thread creates the files of a folder at a time: a thread that finds the folder busy hands its file over and
/// returns at once, and every file handed over is created before the creator's own call returns.
/// </summary>
public sealed class FolderLanesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_busy_folder_takes_files_from_other_threads_and_its_creator_writes_them_all()
    {
        using var inFirst = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var created = new ConcurrentDictionary<string, (string Text, int Thread)>();
        var lanes = new FolderLanes((target, content) =>
        {
            if (target == "a/0")
            {
                inFirst.Set();
                Assert.True(release.Wait(Patience));
            }

            Assert.True(created.TryAdd(target, (Encoding.UTF8.GetString(content), Environment.CurrentManagedThreadId)));
        });

        var creator = Task.Run(() => lanes.Write(1, "a/0", "zero"u8));
        Assert.True(inFirst.Wait(Patience));

        // The folder is busy: each of these returns at once, its file not yet created.
        var others = Task.Run(() =>
        {
            for (var i = 1; i <= 10; i++)
            {
                lanes.Write(1, $"a/{i}", Encoding.UTF8.GetBytes($"file {i}"));
            }
        });
        await others.WaitAsync(Patience);
        Assert.Empty(created);
        Assert.False(lanes.Idle);

        release.Set();
        await creator.WaitAsync(Patience);
        Assert.True(lanes.Idle);
        Assert.Equal(11, created.Count);
        Assert.Equal("file 7", created["a/7"].Text);
        Assert.Single(created.Values.Select(v => v.Thread).Distinct());
    }

    [Fact]
    public async Task A_full_lane_makes_the_next_file_wait_for_room()
    {
        using var release = new ManualResetEventSlim();
        using var inFirst = new ManualResetEventSlim();
        var created = new ConcurrentBag<string>();
        var lanes = new FolderLanes((target, _) =>
        {
            if (target == "first")
            {
                inFirst.Set();
                Assert.True(release.Wait(Patience));
            }

            created.Add(target);
        });

        var creator = Task.Run(() => lanes.Write(5, "first", "x"u8));
        Assert.True(inFirst.Wait(Patience));
        for (var i = 0; i < FolderLanes.MaxHanded; i++)
        {
            lanes.Write(5, $"handed {i}", "y"u8);
        }

        var overflow = Task.Run(() => lanes.Write(5, "overflow", "z"u8));
        await Task.Delay(200);
        Assert.False(overflow.IsCompleted);

        release.Set();
        await overflow.WaitAsync(Patience);
        await creator.WaitAsync(Patience);
        Assert.True(lanes.Idle);
        Assert.Equal(FolderLanes.MaxHanded + 2, created.Count);
        Assert.Contains("overflow", created);
    }

    [Fact]
    public async Task A_large_file_waits_for_its_turn_instead_of_being_copied()
    {
        using var release = new ManualResetEventSlim();
        using var inFirst = new ManualResetEventSlim();
        var threads = new ConcurrentDictionary<string, int>();
        var lanes = new FolderLanes((target, _) =>
        {
            if (target == "first")
            {
                inFirst.Set();
                Assert.True(release.Wait(Patience));
            }

            threads[target] = Environment.CurrentManagedThreadId;
        });

        var creator = Task.Run(() => lanes.Write(7, "first", "x"u8));
        Assert.True(inFirst.Wait(Patience));
        var large = Task.Run(() =>
        {
            lanes.Write(7, "large", new byte[FolderLanes.MaxHandedBytes + 1]);
            return Environment.CurrentManagedThreadId;
        });
        await Task.Delay(200);
        Assert.False(large.IsCompleted);

        release.Set();
        await creator.WaitAsync(Patience);
        Assert.Equal(await large.WaitAsync(Patience), threads["large"]);
        Assert.True(lanes.Idle);
    }

    [Fact]
    public async Task Another_folder_is_written_by_its_own_thread_while_one_is_busy()
    {
        using var release = new ManualResetEventSlim();
        using var inFirst = new ManualResetEventSlim();
        var threads = new ConcurrentDictionary<string, int>();
        var lanes = new FolderLanes((target, _) =>
        {
            if (target == "slow")
            {
                inFirst.Set();
                Assert.True(release.Wait(Patience));
            }

            threads[target] = Environment.CurrentManagedThreadId;
        });

        var slow = Task.Run(() => lanes.Write(1, "slow", "x"u8));
        Assert.True(inFirst.Wait(Patience));
        var other = Task.Run(() =>
        {
            lanes.Write(2, "other", "y"u8);
            return Environment.CurrentManagedThreadId;
        });

        await other.WaitAsync(Patience);
        Assert.Equal(await other, threads["other"]);
        release.Set();
        await slow.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_failure_stops_the_lane_and_names_the_files_it_did_not_write()
    {
        using var release = new ManualResetEventSlim();
        using var inFirst = new ManualResetEventSlim();
        var lanes = new FolderLanes((target, _) =>
        {
            if (target == "first")
            {
                inFirst.Set();
                Assert.True(release.Wait(Patience));
                throw new IOException("disk full");
            }
        });

        var creator = Task.Run(() => lanes.Write(3, "first", "x"u8));
        Assert.True(inFirst.Wait(Patience));
        lanes.Write(3, "handed", "y"u8);
        release.Set();

        var error = await Assert.ThrowsAsync<IOException>(() => creator.WaitAsync(Patience));
        Assert.Equal("disk full", error.Message);
        var later = Assert.Throws<IOException>(() => lanes.Write(3, "later", "z"u8));
        Assert.Contains("'later' was not written", later.Message, StringComparison.Ordinal);
        Assert.Contains("disk full", later.Message, StringComparison.Ordinal);
        Assert.True(lanes.Idle);
    }
}
