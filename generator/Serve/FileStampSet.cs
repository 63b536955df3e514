using Steady.Load;

namespace Steady.Serve;

/// <summary>The stamps of the files of a folder by full path; hidden files and folders are left out.</summary>
internal sealed class FileStampSet
{
    private readonly Dictionary<string, FileStamp> _files;

    private FileStampSet(Dictionary<string, FileStamp> files) => _files = files;

    public int Count => _files.Count;

    public static FileStampSet Scan(string folder, string pattern, bool recursive)
    {
        var files = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        var root = new DirectoryInfo(folder);
        if (root.Exists)
        {
            var options = new EnumerationOptions { RecurseSubdirectories = recursive, AttributesToSkip = 0 };
            foreach (var file in root.EnumerateFiles(pattern, options))
            {
                var relative = Path.GetRelativePath(root.FullName, file.FullName);
                if (!relative.Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.')))
                {
                    files[file.FullName] = FileStamp.Of(file);
                }
            }
        }

        return new FileStampSet(files);
    }

    /// <summary>Both sets together.</summary>
    public FileStampSet With(FileStampSet other)
    {
        var files = new Dictionary<string, FileStamp>(_files, StringComparer.Ordinal);
        foreach (var (path, stamp) in other._files)
        {
            files[path] = stamp;
        }

        return new FileStampSet(files);
    }

    public bool SameAs(FileStampSet other) =>
        _files.Count == other._files.Count &&
        _files.All(f => other._files.TryGetValue(f.Key, out var stamp) && stamp == f.Value);
}
