using System.Collections.Concurrent;
using Steady.Write;

namespace Steady.Tests.Site;

/// <summary>An output sink that keeps every file in memory.</summary>
internal sealed class MemorySink : IOutputSink
{
    public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public void Write(string sitePath, ReadOnlySpan<byte> content) => Files[sitePath] = content.ToArray();

    public string Text(string sitePath) => System.Text.Encoding.UTF8.GetString(Files[sitePath]);
}
