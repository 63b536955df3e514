namespace Steady.Load;

/// <summary>
/// What tells a file changed without reading it: its length and last write time (nanosecond precision where the
/// file system has it). <see cref="Missing"/> stands for a file that does not exist.
/// </summary>
public readonly record struct FileStamp(long Length, long LastWriteTicks)
{
    public static readonly FileStamp Missing = new(-1, 0);

    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? Of(info) : Missing;
    }

    public static FileStamp Of(FileInfo info) => new(info.Length, info.LastWriteTimeUtc.Ticks);
}
