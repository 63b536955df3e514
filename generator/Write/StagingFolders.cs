using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Steady.Write;

/// <summary>
/// Names and cleans the folders a build uses beside its output: <c>_site.staging-PID-N</c> while writing and
/// <c>_site.old-PID-N</c> while swapping. A folder whose process is gone was left by an interrupted build.
/// </summary>
internal static class StagingFolders
{
    private static readonly ConcurrentDictionary<string, byte> InUse = new(StringComparer.Ordinal);
    private static int _counter;

    /// <summary>A new folder name beside the output, marked as in use until <see cref="Release"/>.</summary>
    public static string Claim(string output, string kind)
    {
        var name = string.Create(CultureInfo.InvariantCulture,
            $"{output}.{kind}-{Environment.ProcessId}-{Interlocked.Increment(ref _counter)}");
        InUse[name] = 0;
        return name;
    }

    public static void Release(string folder) => InUse.TryRemove(folder, out _);

    /// <summary>Deletes the staging and old folders of builds that no longer run.</summary>
    public static void CleanStale(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(output);
        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            var folderName = Path.GetFileName(folder);
            if (!folderName.StartsWith(name + ".", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = folderName[(name.Length + 1)..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0 || rest[..dash] is not ("staging" or "old"))
            {
                continue;
            }

            var parts = rest[(dash + 1)..].Split('-');
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid) && !InUse.ContainsKey(folder))
            {
                TryDelete(folder);
            }
        }
    }

    /// <summary>Deletes a folder tree, subfolders in parallel (a previous site has a folder per page).</summary>
    public static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                DeleteTree(folder);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next build to clean; the output itself is whole either way.
        }
    }

    private static void DeleteTree(string folder)
    {
        Parallel.ForEach(
            Directory.EnumerateDirectories(folder),
            Text.Parallelism.Options,
            DeleteTree);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.Delete(file);
        }

        Directory.Delete(folder);
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
