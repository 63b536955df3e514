using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Steady.Write;

/// <summary>Compares a file on disk with bytes about to be written, so that unchanged files are not rewritten.</summary>
internal static class FileBytes
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>Whether the regular file (not a link) at <paramref name="path"/> holds exactly <paramref name="content"/>.</summary>
    public static bool Equal(string path, ReadOnlySpan<byte> content)
    {
        if (!IsRegularFileOfLength(path, content.Length))
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Clamp(content.Length, 1, ChunkBytes));
        try
        {
            using var handle = File.OpenHandle(path);
            return Matches(handle, content, 0, buffer);
        }
        catch (IOException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether the regular file (not a link) at <paramref name="path"/> holds exactly the parts, in order.</summary>
    public static bool Equal(string path, IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        if (!IsRegularFileOfLength(path, parts.Sum(p => (long)p.Length)))
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            using var handle = File.OpenHandle(path);
            long offset = 0;
            foreach (var part in parts)
            {
                if (!Matches(handle, part.Span, offset, buffer))
                {
                    return false;
                }

                offset += part.Length;
            }

            return true;
        }
        catch (IOException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsRegularFileOfLength(string path, long length) => IsRegularFile(path, out var actual) && actual == length;

    /// <summary>Whether <paramref name="path"/> is a regular file (not a link), and its length.</summary>
    public static bool IsRegularFile(string path, out long length)
    {
        var info = new FileInfo(path);
        var regular = info.Exists && info.LinkTarget is null;
        length = regular ? info.Length : 0;
        return regular;
    }

    /// <summary>Whether the file holds <paramref name="expected"/> at <paramref name="offset"/>, read a buffer at a time.</summary>
    private static bool Matches(SafeFileHandle handle, ReadOnlySpan<byte> expected, long offset, byte[] buffer)
    {
        for (var done = 0; done < expected.Length;)
        {
            var n = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, expected.Length - done)), offset + done);
            if (n == 0 || !buffer.AsSpan(0, n).SequenceEqual(expected.Slice(done, n)))
            {
                return false;
            }

            done += n;
        }

        return true;
    }
}
