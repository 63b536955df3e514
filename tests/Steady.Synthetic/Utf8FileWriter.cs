using System.Text;

namespace Steady.Synthetic;

/// <summary>
/// Writes the text of a <see cref="StringBuilder"/> to a file as UTF-8 without a BOM, through
/// one reused buffer, so that writing many small files allocates next to nothing.
/// </summary>
public sealed class Utf8FileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _buffer = new byte[64 * 1024];

    /// <summary>Writes the builder's text to <paramref name="path"/>, clears the builder and returns the bytes written.</summary>
    public int Write(StringBuilder builder, string path)
    {
        var max = Utf8.GetMaxByteCount(builder.Length);
        if (_buffer.Length < max)
        {
            _buffer = new byte[Math.Max(max, _buffer.Length * 2)];
        }

        _encoder.Reset();
        var length = 0;
        foreach (var chunk in builder.GetChunks())
        {
            length += _encoder.GetBytes(chunk.Span, _buffer.AsSpan(length), flush: false);
        }

        length += _encoder.GetBytes(ReadOnlySpan<char>.Empty, _buffer.AsSpan(length), flush: true);
        builder.Clear();

        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        RandomAccess.Write(handle, _buffer.AsSpan(0, length), 0);
        return length;
    }
}
