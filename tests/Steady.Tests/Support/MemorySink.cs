using System.Collections.Concurrent;
using System.Text;
using Steady.Write;

namespace Steady.Tests.Support;

/// <summary>An output sink that keeps every written file in memory, for running publishers directly.</summary>
public sealed class MemorySink : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        if (!_files.TryAdd(sitePath, content.ToArray()))
        {
            throw new InvalidOperationException($"{sitePath} was written twice");
        }
    }

    public string Text(string sitePath) =>
        _files.TryGetValue(sitePath, out var bytes)
            ? Encoding.UTF8.GetString(bytes)
            : throw new KeyNotFoundException($"{sitePath} was not written; written: {string.Join(", ", _files.Keys.Order(StringComparer.Ordinal).Take(20))}");

    public IEnumerable<string> Paths(Func<string, bool> where) => _files.Keys.Where(where).Order(StringComparer.Ordinal);
}
