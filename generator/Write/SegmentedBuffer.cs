using System.Buffers;

namespace Steady.Write;

/// <summary>
/// A buffer for one output file that grows by adding pooled segments instead of copying, so a file of n bytes
/// costs about n bytes while it is written. It reaches the sink as one span when it fits the first segment (most
/// files do), else as its segments, which a streaming sink writes without joining them. A buffer made on a stream
/// holds one segment instead and spills it to the stream each time it fills. Not thread-safe.
/// </summary>
public sealed class SegmentedBuffer : IBufferWriter<byte>, IDisposable
{
    private const int FirstSegment = 16 * 1024;
    private const int LargestSegment = 1024 * 1024;

    /// <summary>The segment of a buffer that spills to a stream, written out each time it is full.</summary>
    private const int SpillSegment = 64 * 1024;

    private readonly List<(byte[] Array, int Used)> _done = [];
    private readonly Stream? _spill;
    private byte[] _current;
    private int _used;

    public SegmentedBuffer() => _current = ArrayPool<byte>.Shared.Rent(FirstSegment);

    /// <summary>
    /// A buffer that holds one segment and writes it to <paramref name="spill"/> whenever it is full, for a file that
    /// streams to the sink (a list page of every project); <see cref="Flush"/> writes the rest.
    /// </summary>
    public SegmentedBuffer(Stream spill)
    {
        _spill = spill;
        _current = ArrayPool<byte>.Shared.Rent(SpillSegment);
    }

    public long Length => _done.Sum(s => (long)s.Used) + _used;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (_used + count > _current.Length)
        {
            throw new InvalidOperationException("advanced past the end of the segment");
        }

        _used += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _current.AsMemory(_used);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _current.AsSpan(_used);
    }

    /// <summary>Hands the content to the sink: as one span when it fits one segment, else as its segments in order.</summary>
    public void WriteTo(IOutputSink sink, string sitePath)
    {
        if (_spill is not null)
        {
            throw new InvalidOperationException("a buffer that spills to a stream has already written its content there");
        }

        if (_done.Count == 0)
        {
            sink.Write(sitePath, _current.AsSpan(0, _used));
            return;
        }

        var parts = _done.Append((_current, _used)).Select(s => (ReadOnlyMemory<byte>)s.Item1.AsMemory(0, s.Item2)).ToArray();
        try
        {
            sink.Write(sitePath, parts);
        }
        finally
        {
            Release();
        }
    }

    /// <summary>
    /// The content so far as one block: the first segment itself when it holds it all (valid until the buffer is
    /// written or disposed), else a copy of the segments joined.
    /// </summary>
    public ReadOnlyMemory<byte> Content()
    {
        if (_spill is not null)
        {
            throw new InvalidOperationException("a buffer that spills to a stream does not hold its content");
        }

        if (_done.Count == 0)
        {
            return _current.AsMemory(0, _used);
        }

        var all = GC.AllocateUninitializedArray<byte>(checked((int)Length));
        var at = 0;
        foreach (var (array, used) in _done.Append((_current, _used)))
        {
            array.AsSpan(0, used).CopyTo(all.AsSpan(at));
            at += used;
        }

        return all;
    }

    /// <summary>Writes what a spilling buffer still holds to its stream.</summary>
    public void Flush()
    {
        if (_spill is null)
        {
            throw new InvalidOperationException("only a buffer that spills to a stream is flushed");
        }

        _spill.Write(_current, 0, _used);
        _used = 0;
    }

    public void Dispose() => Release();

    private void Ensure(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_current.Length - _used >= sizeHint)
        {
            return;
        }

        if (_spill is not null)
        {
            Flush();
            if (_current.Length >= sizeHint)
            {
                return;
            }

            ArrayPool<byte>.Shared.Return(_current);
            _current = ArrayPool<byte>.Shared.Rent(sizeHint);
            return;
        }

        _done.Add((_current, _used));
        _current = ArrayPool<byte>.Shared.Rent(Math.Max(sizeHint, Math.Min(LargestSegment, _current.Length * 2)));
        _used = 0;
    }

    private void Release()
    {
        foreach (var (array, _) in _done)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        _done.Clear();
        if (_current.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_current);
            _current = [];
            _used = 0;
        }
    }
}
