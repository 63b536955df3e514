using System.Buffers;

namespace Steady.Write;

/// <summary>Compares a file on disk with bytes about to be written, so that unchanged files are not rewritten.</summary>
internal static class FileBytes
{
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
