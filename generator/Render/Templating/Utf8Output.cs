using System.Buffers;
using System.Text;
using Scriban.Runtime;
using Steady.Write;

namespace Steady.Render.Templating;

/// <summary>
/// A Scriban output that encodes what a page writes to UTF-8 into a <see cref="SegmentedBuffer"/>, so that a page
/// listing every project is never held as a string as well. Templates write many short pieces; they are gathered in a
/// small block of characters and encoded a block at a time. Its <see cref="ToString"/> is empty: the text is in the
/// buffer, already encoded. The block is rented from the shared pool and returned by <see cref="Complete"/>, after
/// which nothing more may be written. Not thread-safe.
/// </summary>
internal sealed class Utf8Output(SegmentedBuffer buffer) : IScriptOutput
{
    private const int BlockChars = 4096;

    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();
    private char[] _block = ArrayPool<char>.Shared.Rent(BlockChars);
    private int _used;

    public void Write(string text, int offset, int count)
    {
        ObjectDisposedException.ThrowIf(_block.Length == 0, this);
        var chars = text.AsSpan(offset, count);
        if (chars.Length > BlockChars - _used)
        {
            Encode(flush: false);
            if (chars.Length > BlockChars)
            {
                _encoder.Convert(chars, buffer, flush: false, out _, out _);
                return;
            }
        }

        chars.CopyTo(_block.AsSpan(_used));
        _used += chars.Length;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Encodes what is still gathered, and what the encoder holds (half of a surrogate pair at the very end), and
    /// returns the block to the pool.
    /// </summary>
    public void Complete()
    {
        if (_block.Length == 0)
        {
            return;
        }

        Encode(flush: true);
        ArrayPool<char>.Shared.Return(_block);
        _block = [];
    }

    public override string ToString() => "";

    private void Encode(bool flush)
    {
        _encoder.Convert(_block.AsSpan(0, _used), buffer, flush, out _, out _);
        _used = 0;
    }
}
