namespace Steady.Write;

/// <summary>
/// Receives the site's files as they are rendered, so that large sites stream to disk instead of being held
/// in memory. Implementations are thread-safe: pages are rendered in parallel.
/// </summary>
public interface IOutputSink
{
    /// <summary>Writes one file; <paramref name="sitePath"/> uses forward slashes and no leading slash.</summary>
    void Write(string sitePath, ReadOnlySpan<byte> content);
}
