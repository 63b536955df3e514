namespace Steady.Tests.Support;

/// <summary>Finds files of the source tree (fixtures, golden files) from the test's output folder.</summary>
internal static class SourceTree
{
    /// <summary>The repository root: the folder holding <c>Steady.slnx</c>.</summary>
    public static string Root => TestPaths.Root;

    /// <summary>An absolute path under the repository root from '/'-separated parts.</summary>
    public static string PathOf(params string[] parts) =>
        Path.Combine([Root, .. parts.SelectMany(p => p.Split('/'))]);

    /// <summary>True when golden files should be rewritten instead of compared.</summary>
    public static bool UpdateGolden => GoldenFile.Updating;

}
