namespace Steady.Tests.Support;

/// <summary>Finds files of the source tree (fixtures, golden files) from the test's output folder.</summary>
internal static class SourceTree
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root: the folder holding <c>Steady.slnx</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>An absolute path under the repository root from '/'-separated parts.</summary>
    public static string PathOf(params string[] parts) =>
        Path.Combine([Root, .. parts.SelectMany(p => p.Split('/'))]);

    /// <summary>True when golden files should be rewritten instead of compared.</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("STEADY_UPDATE_GOLDEN") == "1";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Steady.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Steady.slnx not found above " + AppContext.BaseDirectory);
    }
}
