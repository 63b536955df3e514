namespace Steady.Write;

/// <summary>
/// Receives the site's files as they are rendered, so that large sites stream to disk instead of being held
/// in memory. Implementations are thread-safe: pages are rendered in parallel.
/// </summary>
public interface IOutputSink
{
    /// <summary>Writes one file; <paramref name="sitePath"/> uses forward slashes and no leading slash.</summary>
    void Write(string sitePath, ReadOnlySpan<byte> content);

    /// <summary>
    /// Writes one file given as parts in order (large files are built in segments, see <see cref="SegmentedBuffer"/>).
    /// The parts are valid only during the call. The default joins them and calls
    /// <see cref="Write(string, ReadOnlySpan{byte})"/>; a sink that writes to a stream may override it to skip that copy.
    /// </summary>
    void Write(string sitePath, IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        if (parts.Count == 1)
        {
            Write(sitePath, parts[0].Span);
            return;
        }

        var all = GC.AllocateUninitializedArray<byte>(checked((int)parts.Sum(p => (long)p.Length)));
        var at = 0;
        foreach (var part in parts)
        {
            part.Span.CopyTo(all.AsSpan(at));
            at += part.Length;
        }

        Write(sitePath, all);
    }

    /// <summary>
    /// Writes one file that <paramref name="write"/> produces piece by piece into a stream, for files too large to hold
    /// whole (the API file of every project of a large registry). The default collects the bytes and calls
    /// <see cref="Write(string, ReadOnlySpan{byte})"/>; <see cref="DirectorySink"/> streams them to disk.
    /// </summary>
    void WriteStream(string sitePath, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        Write(sitePath, buffer.GetBuffer().AsSpan(0, checked((int)buffer.Length)));
    }
}
