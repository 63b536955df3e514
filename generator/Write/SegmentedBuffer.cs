using System.Buffers;

namespace Steady.Write;

/// <summary>
/// A buffer for one output file that grows by adding pooled segments instead of copying, so a file of n bytes
/// costs about n bytes while it is written. It reaches the sink as one span when it fits the first segment (most
/// files do), else as its segments, which a streaming sink writes without joining them. Not thread-safe.
/// </summary>
public sealed class SegmentedBuffer : IBufferWriter<byte>, IDisposable
{
    private const int FirstSegment = 16 * 1024;
    private const int LargestSegment = 1024 * 1024;

    private readonly List<(byte[] Array, int Used)> _done = [];
    private byte[] _current = ArrayPool<byte>.Shared.Rent(FirstSegment);
    private int _used;

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

    public void Dispose() => Release();

    private void Ensure(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_current.Length - _used >= sizeHint)
        {
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
