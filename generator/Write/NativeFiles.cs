using System.Runtime.InteropServices;

namespace Steady.Write;

/// <summary>
/// The two file-system calls .NET does not offer: a hard link (so an unchanged file keeps its inode and mtime)
/// and an atomic exchange of two folders (Linux <c>renameat2</c>). Both report false where unsupported, and the
/// callers fall back to a copy and to two renames.
/// </summary>
internal static class NativeFiles
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    public static bool TryHardLink(string existing, string newPath)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return link(existing, newPath) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return renameat2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int link(string oldpath, string newpath);

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
}
