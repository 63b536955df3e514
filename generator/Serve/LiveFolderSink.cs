using System.Collections.Concurrent;
using Steady.Write;

namespace Steady.Serve;

/// <summary>
/// Writes files straight into the folder <c>steady serve</c> is serving, each one atomically (a hidden temporary file
/// renamed over the old one), so a request never reads half a file. A file whose bytes did not change is left alone.
/// Used for partial renders; whole rebuilds go through <see cref="DirectorySink"/> and its swap. Thread-safe.
/// </summary>
internal sealed class LiveFolderSink(string folder) : IOutputSink
{
    private readonly ConcurrentBag<string> _changed = [];
    private int _unchanged;

    /// <summary>Site paths written with new bytes.</summary>
    public IReadOnlyCollection<string> Changed => _changed;

    /// <summary>How many files were already up to date.</summary>
    public int Unchanged => _unchanged;

    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        SitePathRules.Check(sitePath);
        var target = Path.Combine(folder, sitePath.Replace('/', Path.DirectorySeparatorChar));
        if (FileBytes.Equal(target, content))
        {
            Interlocked.Increment(ref _unchanged);
            return;
        }

        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var temporary = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        _changed.Add(sitePath);
    }
}
