using System.Buffers;

namespace Steady.Write;

/// <summary>Compares a file on disk with bytes about to be written, so that unchanged files are not rewritten.</summary>
internal static class FileBytes
{
    /// <summary>Whether the regular file (not a link) at <paramref name="path"/> holds exactly the parts, in order.</summary>
    public static bool Equal(string path, IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || info.Length != parts.Sum(p => (long)p.Length))
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var handle = File.OpenHandle(path);
            long offset = 0;
            foreach (var part in parts)
            {
                for (var done = 0; done < part.Length;)
                {
                    var n = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, part.Length - done)), offset);
                    if (n == 0 || !buffer.AsSpan(0, n).SequenceEqual(part.Span.Slice(done, n)))
                    {
                        return false;
                    }

                    done += n;
                    offset += n;
                }
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

    /// <summary>Whether the regular file (not a link) at <paramref name="path"/> holds exactly <paramref name="content"/>.</summary>
    public static bool Equal(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || info.Length != content.Length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, content.Length));
        try
        {
            using var handle = File.OpenHandle(path);
            var read = 0;
            while (read < content.Length)
            {
                var n = RandomAccess.Read(handle, buffer.AsSpan(read, content.Length - read), read);
                if (n == 0)
                {
                    return false;
                }

                read += n;
            }

            return buffer.AsSpan(0, content.Length).SequenceEqual(content);
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
}
