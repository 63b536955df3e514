using Steady.Write;

namespace Steady.Tests.Site;

/// <summary>An output sink that passes a number of files on, then fails as a full disk would.</summary>
internal sealed class FailingSink(IOutputSink inner, int failAfter) : IOutputSink
{
    private int _written;

    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        if (Interlocked.Increment(ref _written) > failAfter)
        {
            throw new IOException("No space left on device (simulated)");
        }

        inner.Write(sitePath, content);
    }
}
