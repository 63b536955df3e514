using System.Text;
using Scriban.Runtime;
using Steady.Write;

namespace Steady.Render.Templating;

/// <summary>
/// A Scriban output that encodes what a page writes to UTF-8 as it is written, into a <see cref="SegmentedBuffer"/>,
/// so that a page listing every project is never held as a string as well. Its <see cref="ToString"/> is empty: the
/// text is in the buffer, already encoded. Not thread-safe.
/// </summary>
internal sealed class Utf8Output(SegmentedBuffer buffer) : IScriptOutput
{
    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();

    public void Write(string text, int offset, int count) =>
        _encoder.Convert(text.AsSpan(offset, count), buffer, flush: false, out _, out _);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes what the encoder still holds (half of a surrogate pair at the very end).</summary>
    public void Complete() => _encoder.Convert([], buffer, flush: true, out _, out _);

    public override string ToString() => "";
}
