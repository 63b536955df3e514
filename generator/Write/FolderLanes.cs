using System.Buffers;

namespace Steady.Write;

/// <summary>
/// Creates files one thread per folder at a time. Creating a file locks its folder in the kernel, so two threads that
/// create files in one folder (the ten thousand project files of the API, for instance) take turns, and the one that
/// waits spins on its core, more so on a disk, where making an inode takes longer. Here a thread that finds a folder
/// busy hands a copy of its file to the thread creating files there and goes back to rendering; that thread creates
/// every file handed to it before its own call returns. Folders are spread over a fixed number of lanes by their key:
/// two folders that share a lane share its creator. Thread-safe.
/// </summary>
internal sealed class FolderLanes(FolderLanes.FileCreator create)
{
    /// <summary>Creates one file with its whole content.</summary>
    public delegate void FileCreator(string target, ReadOnlySpan<byte> content);

    private const int LaneCount = 256;

    /// <summary>Files a lane holds for its creator, at most; a thread that finds the lane full waits for room.</summary>
    public const int MaxHanded = 32;

    /// <summary>A larger file is not copied to be handed over: its thread waits for its turn and creates it.</summary>
    public const int MaxHandedBytes = 256 * 1024;

    private readonly FileCreator _create = create;
    private readonly Lane[] _lanes = Enumerable.Range(0, LaneCount).Select(_ => new Lane()).ToArray();

    /// <summary>
    /// Creates the file now, or hands it to the thread creating files in the same lane. Once every call has returned,
    /// every file exists. A failure stops the lane: the call that met it throws, and so does every later call to it.
    /// </summary>
    public void Write(UInt128 folderKey, string target, ReadOnlySpan<byte> content)
    {
        var lane = _lanes[(int)(ulong)(folderKey % LaneCount)];
        lock (lane)
        {
            while (true)
            {
                if (lane.Failure is { } failure)
                {
                    throw new IOException($"'{target}' was not written: another file of its folder could not be ({failure.Message})", failure);
                }

                if (!lane.Busy)
                {
                    lane.Busy = true;
                    break;
                }

                if (lane.Handed.Count < MaxHanded && content.Length <= MaxHandedBytes)
                {
                    var copy = ArrayPool<byte>.Shared.Rent(content.Length);
                    content.CopyTo(copy);
                    lane.Handed.Enqueue(new HandedFile(target, copy, content.Length));
                    return;
                }

                Monitor.Wait(lane);
            }
        }

        // This thread is the lane's creator until no file waits.
        try
        {
            _create(target, content);
            while (true)
            {
                HandedFile next;
                lock (lane)
                {
                    if (!lane.Handed.TryDequeue(out next))
                    {
                        lane.Busy = false;
                        Monitor.PulseAll(lane);
                        return;
                    }

                    Monitor.PulseAll(lane);
                }

                try
                {
                    _create(next.Target, next.Content.AsSpan(0, next.Length));
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(next.Content);
                }
            }
        }
        catch (Exception ex)
        {
            lock (lane)
            {
                lane.Failure = ex;
                lane.Busy = false;
                while (lane.Handed.TryDequeue(out var dropped))
                {
                    ArrayPool<byte>.Shared.Return(dropped.Content);
                }

                Monitor.PulseAll(lane);
            }

            throw;
        }
    }

    /// <summary>Whether every file handed over was created: no lane is busy or holds a file.</summary>
    public bool Idle => _lanes.All(lane =>
    {
        lock (lane)
        {
            return !lane.Busy && lane.Handed.Count == 0;
        }
    });

    private sealed class Lane
    {
        public readonly Queue<HandedFile> Handed = new();
        public bool Busy;
        public Exception? Failure;
    }

    private readonly record struct HandedFile(string Target, byte[] Content, int Length);
}
