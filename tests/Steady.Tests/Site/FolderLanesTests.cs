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
        using var gate = new Gate("a/0");
        var lanes = new FolderLanes(gate.Create);
        var creator = gate.Hold(lanes, 1, "zero"u8.ToArray());

        // The folder is busy: each of these returns at once, its file not yet created.
        var others = Task.Run(() =>
        {
            for (var i = 1; i <= 10; i++)
            {
                lanes.Write(1, $"a/{i}", Encoding.UTF8.GetBytes($"file {i}"));
            }
        });
        await others.WaitAsync(Patience);
        Assert.Empty(gate.Created);
        Assert.False(lanes.Idle);

        gate.Release();
        await creator.WaitAsync(Patience);
        Assert.True(lanes.Idle);
        Assert.Equal(11, gate.Created.Count);
        Assert.Equal("file 7", gate.Created["a/7"].Text);
        Assert.Single(gate.Created.Values.Select(v => v.Thread).Distinct());
    }

    [Fact]
    public async Task A_full_lane_makes_the_next_file_wait_for_room()
    {
        using var gate = new Gate("first");
        var lanes = new FolderLanes(gate.Create);
        var creator = gate.Hold(lanes, 5);
        for (var i = 0; i < FolderLanes.MaxHanded; i++)
        {
            lanes.Write(5, $"handed {i}", "y"u8);
        }

        var overflow = Task.Run(() => lanes.Write(5, "overflow", "z"u8));
        await Task.Delay(200);
        Assert.False(overflow.IsCompleted);

        gate.Release();
        await overflow.WaitAsync(Patience);
        await creator.WaitAsync(Patience);
        Assert.True(lanes.Idle);
        Assert.Equal(FolderLanes.MaxHanded + 2, gate.Created.Count);
        Assert.Contains("overflow", gate.Created.Keys);
    }

    [Fact]
    public async Task A_large_file_waits_for_its_turn_instead_of_being_copied()
    {
        using var gate = new Gate("first");
        var lanes = new FolderLanes(gate.Create);
        var creator = gate.Hold(lanes, 7);
        var large = WriteOnAnotherThread(lanes, 7, "large", new byte[FolderLanes.MaxHandedBytes + 1]);
        await Task.Delay(200);
        Assert.False(large.IsCompleted);

        gate.Release();
        await creator.WaitAsync(Patience);
        Assert.Equal(await large.WaitAsync(Patience), gate.Created["large"].Thread);
        Assert.True(lanes.Idle);
    }

    [Fact]
    public async Task Another_folder_is_written_by_its_own_thread_while_one_is_busy()
    {
        using var gate = new Gate("slow");
        var lanes = new FolderLanes(gate.Create);
        var slow = gate.Hold(lanes, 1);
        var other = WriteOnAnotherThread(lanes, 2, "other", "y"u8.ToArray());

        await other.WaitAsync(Patience);
        Assert.Equal(await other, gate.Created["other"].Thread);
        gate.Release();
        await slow.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_failure_stops_the_lane_and_names_the_files_it_did_not_write()
    {
        using var gate = new Gate("first", new IOException("disk full"));
        var lanes = new FolderLanes(gate.Create);
        var creator = gate.Hold(lanes, 3);
        lanes.Write(3, "handed", "y"u8);
        gate.Release();

        var error = await Assert.ThrowsAsync<IOException>(() => creator.WaitAsync(Patience));
        Assert.Equal("disk full", error.Message);
        var later = Assert.Throws<IOException>(() => lanes.Write(3, "later", "z"u8));
        Assert.Contains("'later' was not written", later.Message, StringComparison.Ordinal);
        Assert.Contains("disk full", later.Message, StringComparison.Ordinal);
        Assert.True(lanes.Idle);
    }

    /// <summary>Writes one file on a thread of the pool; the task gives that thread's id.</summary>
    private static Task<int> WriteOnAnotherThread(FolderLanes lanes, UInt128 folder, string target, byte[] content) =>
        Task.Run(() =>
        {
            lanes.Write(folder, target, content);
            return Environment.CurrentManagedThreadId;
        });

    /// <summary>
    /// A file creator that records every file it creates, with its text and thread, but holds the file named
    /// <paramref name="held"/> until <see cref="Release"/> (then fails it with <paramref name="failure"/>, if given),
    /// so that the lane stays busy meanwhile.
    /// </summary>
    private sealed class Gate(string held, Exception? failure = null) : IDisposable
    {
        private readonly ManualResetEventSlim _reached = new();
        private readonly ManualResetEventSlim _release = new();

        public ConcurrentDictionary<string, (string Text, int Thread)> Created { get; } = new();

        public void Create(string target, ReadOnlySpan<byte> content)
        {
            if (target == held)
            {
                _reached.Set();
                Assert.True(_release.Wait(Patience));
                if (failure is not null)
                {
                    throw failure;
                }
            }

            Assert.True(Created.TryAdd(target, (Encoding.UTF8.GetString(content), Environment.CurrentManagedThreadId)));
        }

        /// <summary>Writes the held file on a thread of its own and returns once the lane is busy with it.</summary>
        public Task Hold(FolderLanes lanes, UInt128 folder, byte[]? content = null)
        {
            var creator = Task.Run(() => lanes.Write(folder, held, content ?? "x"u8.ToArray()));
            Assert.True(_reached.Wait(Patience));
            return creator;
        }

        public void Release() => _release.Set();

        public void Dispose()
        {
            _reached.Dispose();
            _release.Dispose();
        }
    }
}
