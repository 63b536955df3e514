using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Steady.Write;

/// <summary>
/// Writes the site into a fresh staging folder beside the output folder, and swaps it in only when
/// <see cref="Commit"/> is called after the whole build succeeded: a failed or interrupted build leaves the
/// previous output whole. A file whose bytes equal the previous output's is hard-linked (or copied with its
/// modification time) instead of rewritten, so unchanged files keep their mtime. A small file whose bytes equal a file
/// already written in this build (every project's badge of the same state, for instance) is hard-linked to it: a link
/// costs the file system far less than a new file. New files larger than that are created by one thread per folder at a
/// time (<see cref="FolderLanes"/>), so that threads writing into one large folder do not wait on its lock. Thread-safe.
/// </summary>
public sealed class DirectorySink : IOutputSink, IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    // Paths claimed and folders made, by a 128-bit hash of their text (see PathKey): a large site writes hundreds of
    // thousands of files, and the keys take a fraction of what the paths themselves would.
    private readonly StripedKeySet _paths = new();
    private readonly StripedKeySet _folders = new();
    // Small contents written so far, by SHA-256: the path of the complete file, or the PendingFile still being written.
    private readonly ConcurrentDictionary<(UInt128, UInt128), object> _small = new();
    private readonly bool _hasPrevious;
    private readonly FolderLanes _lanes;
    private int _written;
    private int _unchanged;
    private int _shared;
    private long _bytes;
    private bool _closed;

    public DirectorySink(string outputFolder)
    {
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        // Without a previous output (a fresh checkout, a CI build) no file has one to compare with or keep.
        _hasPrevious = Directory.Exists(_output);
        Directory.CreateDirectory(Path.GetDirectoryName(_output)!);
        StagingFolders.CleanStale(_output);
        _staging = StagingFolders.Claim(_output, "staging");
        Directory.CreateDirectory(_staging);
        _lanes = new FolderLanes(WriteNew);
    }

    /// <summary>Files up to this size are shared with an identical file of the same build; larger ones are rarely alike.</summary>
    public const int SharedMaxBytes = 2048;

    /// <summary>
    /// How much of a streamed file is gathered before it goes to disk. Below the large-object threshold (85,000 bytes),
    /// so that each streamed file's buffer dies young instead of waiting in the large-object heap for a full collection.
    /// </summary>
    private const int StreamBufferBytes = 64 * 1024;

    /// <summary>The output folder, as a full path.</summary>
    public string Output => _output;

    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        var (target, previous, folder) = Claim(sitePath);
        if (content.Length > SharedMaxBytes)
        {
            if (!TryKeep(target, previous, content))
            {
                _lanes.Write(folder, target, content);
            }
        }
        else
        {
            WriteSmall(target, previous, content);
        }

        Interlocked.Add(ref _bytes, content.Length);
    }

    /// <summary>
    /// The first writer of a small content claims it and writes the file; every later file with the same content
    /// links to that one, waiting for it when both are written at the same moment. Which files share one is therefore
    /// the same on every run.
    /// </summary>
    private void WriteSmall(string target, string? previous, ReadOnlySpan<byte> content)
    {
        var key = ContentKey(content);
        var mine = new PendingFile(target);
        var first = _small.GetOrAdd(key, mine);
        if (first == mine)
        {
            var done = false;
            try
            {
                WriteOrKeep(target, previous, content);
                done = true;
            }
            finally
            {
                // Once complete, the entry is the path alone; a failed write gives the content up to the next writer.
                if (done)
                {
                    _small[key] = target;
                }
                else
                {
                    _small.TryRemove(new KeyValuePair<(UInt128, UInt128), object>(key, mine));
                }

                mine.Finish(done);
            }

            return;
        }

        if (TryKeep(target, previous, content))
        {
            return;
        }

        if (PendingFile.WaitFor(first) is { } same && NativeFiles.TryHardLink(same, target))
        {
            Interlocked.Increment(ref _written);
            Interlocked.Increment(ref _shared);
        }
        else
        {
            WriteNew(target, content);
        }
    }

    /// <summary>Keeps the previous output's file when it holds the same bytes, else writes a new file.</summary>
    private void WriteOrKeep(string target, string? previous, ReadOnlySpan<byte> content)
    {
        if (!TryKeep(target, previous, content))
        {
            WriteNew(target, content);
        }
    }

    /// <summary>Links (or copies) the previous output's file in place of the new one when it holds the same bytes.</summary>
    private bool TryKeep(string target, string? previous, ReadOnlySpan<byte> content)
    {
        if (previous is not null && FileBytes.Equal(previous, content) && Reuse(previous, target))
        {
            Interlocked.Increment(ref _unchanged);
            return true;
        }

        return false;
    }

    private void WriteNew(string target, ReadOnlySpan<byte> content)
    {
        using (var handle = CreateFile(target))
        {
            RandomAccess.Write(handle, content, 0);
        }

        Interlocked.Increment(ref _written);
    }

    /// <summary>A small file its first writer is still writing; the others wait for it before they link to it.</summary>
    private sealed class PendingFile(string path)
    {
        private readonly string _path = path;
        private bool _finished;
        private bool _written;

        public void Finish(bool written)
        {
            lock (this)
            {
                _written = written;
                _finished = true;
                Monitor.PulseAll(this);
            }
        }

        /// <summary>The complete file an entry of the shared contents stands for, once written; null when its write failed.</summary>
        public static string? WaitFor(object entry)
        {
            if (entry is string complete)
            {
                return complete;
            }

            var pending = (PendingFile)entry;
            lock (pending)
            {
                while (!pending._finished)
                {
                    Monitor.Wait(pending);
                }

                return pending._written ? pending._path : null;
            }
        }
    }

    /// <summary>Writes a large file from its parts in order, without joining them first.</summary>
    public void Write(string sitePath, IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        if (parts.Count == 1)
        {
            Write(sitePath, parts[0].Span);
            return;
        }

        var (target, previous, _) = Claim(sitePath);
        if (previous is not null && FileBytes.Equal(previous, parts) && Reuse(previous, target))
        {
            Interlocked.Increment(ref _unchanged);
        }
        else
        {
            using var handle = CreateFile(target);
            RandomAccess.Write(handle, parts, 0);
            Interlocked.Increment(ref _written);
        }

        Interlocked.Add(ref _bytes, parts.Sum(p => (long)p.Length));
    }

    /// <summary>
    /// Writes a file that <paramref name="write"/> produces piece by piece straight to disk, so that only a buffer of
    /// it is in memory at a time. The previous output's file is compared as the bytes go by; when it is equal, the new
    /// file is replaced by a link to it, as for any unchanged file.
    /// </summary>
    public void WriteStream(string sitePath, Action<Stream> write)
    {
        var (target, previous, _) = Claim(sitePath);
        long written;
        bool same;
        using (var file = new ComparingFileStream(CreateFile(target), previous))
        {
            using (var buffered = new BufferedStream(file, StreamBufferBytes))
            {
                write(buffered);
            }

            written = file.Written;
            same = file.EqualsPrevious;
        }

        // The link is made beside the new file and renamed over it, so the file is never missing; without a link the
        // new file, equal in content, stays.
        var link = target + ".previous";
        if (same && previous is not null && NativeFiles.TryHardLink(previous, link))
        {
            File.Move(link, target, overwrite: true);
            Interlocked.Increment(ref _unchanged);
        }
        else
        {
            Interlocked.Increment(ref _written);
        }

        Interlocked.Add(ref _bytes, written);
    }

    /// <summary>Swaps the staging folder in place of the output folder and removes the previous output.</summary>
    public WriteSummary Commit()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (!_lanes.Idle)
        {
            throw new InvalidOperationException("the output is committed while files handed to a folder's creator are still being written");
        }

        _closed = true;
        if (!Directory.Exists(_output))
        {
            Directory.Move(_staging, _output);
        }
        else if (NativeFiles.TryExchange(_staging, _output))
        {
            // The staging name now holds the previous output.
            StagingFolders.TryDelete(_staging);
        }
        else
        {
            var old = StagingFolders.Claim(_output, "old");
            Directory.Move(_output, old);
            Directory.Move(_staging, _output);
            StagingFolders.TryDelete(old);
            StagingFolders.Release(old);
        }

        StagingFolders.Release(_staging);
        return new WriteSummary(_written, _unchanged, _bytes, _shared);
    }

    /// <summary>Discards the staging folder unless the output was committed.</summary>
    public void Dispose()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        StagingFolders.TryDelete(_staging);
        StagingFolders.Release(_staging);
    }

    /// <summary>
    /// Claims a site path for one file and makes its folder; returns the file to write in the staging folder, the
    /// previous output's file, if there is a previous output, and the folder's key.
    /// </summary>
    private (string Target, string? Previous, UInt128 Folder) Claim(string sitePath)
    {
        SitePathRules.Check(sitePath);
        ObjectDisposedException.ThrowIf(_closed, this);
        if (!_paths.Add(PathKey(sitePath)))
        {
            throw new InvalidOperationException($"two outputs claim the same path '{sitePath}'");
        }

        var relative = sitePath.Replace('/', Path.DirectorySeparatorChar);
        var target = Path.Combine(_staging, relative);
        // A folder is added to the set only after it was made, so no writer that finds it there writes before it exists;
        // two writers that both miss it both make it, which is harmless.
        var folder = Path.GetDirectoryName(target)!;
        var folderKey = PathKey(folder);
        if (!_folders.Contains(folderKey))
        {
            Directory.CreateDirectory(folder);
            _folders.Add(folderKey);
        }

        return (target, _hasPrevious ? Path.Combine(_output, relative) : null, folderKey);
    }

    /// <summary>
    /// A new file in the staging folder, which holds only this build's files, each claimed once: created, never
    /// truncated (with file locking off, see the project file, that is an open, a write and a close per file).
    /// </summary>
    private static Microsoft.Win32.SafeHandles.SafeFileHandle CreateFile(string target) =>
        File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    /// <summary>
    /// XXH128 of a path's text. Two different paths of one build share a key with a chance of about n² / 2¹²⁹ (below
    /// 10⁻²⁶ for a million files), so a key stands for its path.
    /// </summary>
    private static UInt128 PathKey(string path) =>
        System.IO.Hashing.XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(path.AsSpan()));

    /// <summary>
    /// The content's SHA-256. No two different contents are known to share one, and making two that do is beyond
    /// reach, so a file of this build with the same key holds the same bytes and is linked without reading it back.
    /// </summary>
    private static (UInt128, UInt128) ContentKey(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, hash);
        return (System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash[16..]));
    }

    private static bool Reuse(string previous, string target)
    {
        if (NativeFiles.TryHardLink(previous, target))
        {
            return true;
        }

        try
        {
            File.Copy(previous, target);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(previous));
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
