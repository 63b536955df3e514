namespace Steady.Write;

/// <summary>
/// Refuses output folders that a swap would destroy: the working folder, a folder holding the registry, content
/// or theme, or a non-empty folder that is not a previous build (every build writes <c>.nojekyll</c>).
/// </summary>
public static class OutputFolderGuard
{
    public const string Marker = ".nojekyll";

    /// <returns>Why the folder cannot be used, or null when it can.</returns>
    public static string? Problem(string outputFolder, IEnumerable<string> inputs)
    {
        var output = Full(outputFolder);
        foreach (var input in inputs.Append(Environment.CurrentDirectory))
        {
            var protectedFolder = Full(input);
            if (IsSameOrInside(protectedFolder, output))
            {
                return $"the output folder '{outputFolder}' holds '{input}', which a build would replace; choose a folder of its own such as _site";
            }
        }

        if (File.Exists(output))
        {
            return $"the output '{outputFolder}' is a file, not a folder";
        }

        if (Directory.Exists(output) && !File.Exists(Path.Combine(output, Marker)) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            return $"the output folder '{outputFolder}' is not empty and holds no previous build ({Marker}); choose an empty or new folder";
        }

        return null;
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsSameOrInside(string inner, string outer) =>
        inner.Equals(outer, StringComparison.Ordinal) ||
        inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
