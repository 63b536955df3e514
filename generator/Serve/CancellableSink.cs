using Steady.Write;

namespace Steady.Serve;

/// <summary>
/// Passes writes on until the token is cancelled, then throws <see cref="OperationCanceledException"/> at the next
/// write: a newer change stops a render that is already out of date.
/// </summary>
internal sealed class CancellableSink(IOutputSink inner, CancellationToken token) : IOutputSink
{
    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        token.ThrowIfCancellationRequested();
        inner.Write(sitePath, content);
    }

    void IOutputSink.Write(string sitePath, IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        token.ThrowIfCancellationRequested();
        inner.Write(sitePath, parts);
    }

    void IOutputSink.WriteStream(string sitePath, Action<Stream> write)
    {
        token.ThrowIfCancellationRequested();
        inner.WriteStream(sitePath, write);
    }
}
