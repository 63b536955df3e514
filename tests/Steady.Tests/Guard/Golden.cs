namespace Steady.Tests.Guard;

/// <summary>
/// Golden files under <c>tests/Golden/</c>: a test fails on any difference; with <c>STEADY_UPDATE_GOLDEN=1</c> the files
/// are written instead.
/// </summary>
public static class Golden
{
    public static string RepositoryRoot { get; } = Support.TestPaths.Root;

    public static void Match(string relativePath, string actual)
    {
        var path = Path.Combine(RepositoryRoot, "tests", "Golden", relativePath);
        if (Support.GoldenFile.Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new System.Text.UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with STEADY_UPDATE_GOLDEN=1 to write it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual.ReplaceLineEndings("\n"));
    }

}
