using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Steady.Write;

/// <summary>
/// A write-only stream into a new file that compares every byte with a previous file as it goes, so a large file
/// can be streamed to disk and still be recognised as unchanged without being held in memory or read back.
/// </summary>
internal sealed class ComparingFileStream : Stream
{
    private const int ChunkBytes = 64 * 1024;

    private readonly SafeFileHandle _target;
    private SafeFileHandle? _previous;
    private long _previousLength;
    private long _written;

    /// <param name="target">The new file, opened for writing.</param>
    /// <param name="previous">The file it may equal, or null when there is no previous output; compared only when it is a regular file.</param>
    public ComparingFileStream(SafeFileHandle target, string? previous)
    {
        _target = target;
        if (previous is not null && FileBytes.IsRegularFile(previous, out _previousLength))
        {
            try
            {
                _previous = File.OpenHandle(previous);
            }
            catch (IOException)
            {
                _previous = null;
            }
        }
    }

    /// <summary>Bytes written so far.</summary>
    public long Written => _written;

    /// <summary>Whether everything written so far equals the previous file, and nothing of it is left over.</summary>
    public bool EqualsPrevious => _previous is not null && _written == _previousLength;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        RandomAccess.Write(_target, buffer, _written);
        Compare(buffer);
        _written += buffer.Length;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _target.Dispose();
            _previous?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Compares the bytes just written with the previous file at the same offset; stops comparing at the first difference.</summary>
    private void Compare(ReadOnlySpan<byte> written)
    {
        if (_previous is null)
        {
            return;
        }

        if (_written + written.Length > _previousLength)
        {
            Forget();
            return;
        }

        var chunk = ArrayPool<byte>.Shared.Rent(Math.Min(ChunkBytes, Math.Max(1, written.Length)));
        try
        {
            for (var done = 0; done < written.Length;)
            {
                var n = RandomAccess.Read(_previous, chunk.AsSpan(0, Math.Min(chunk.Length, written.Length - done)), _written + done);
                if (n == 0 || !chunk.AsSpan(0, n).SequenceEqual(written.Slice(done, n)))
                {
                    Forget();
                    return;
                }

                done += n;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private void Forget()
    {
        _previous?.Dispose();
        _previous = null;
    }
}
