namespace Steady.Tests.Workflows;

/// <summary>Finds the repository root: the nearest folder above the test binaries holding Steady.slnx.</summary>
internal static class RepositoryRoot
{
    public static string Path => Support.TestPaths.Root;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

}
