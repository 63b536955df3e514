namespace Steady.Tests.Support;

/// <summary>
/// Compares output with a golden file checked into <c>tests/</c>. With <c>STEADY_UPDATE_GOLDEN=1</c> the golden
/// file is rewritten instead, and the change shows in <c>git diff</c> for review.
/// </summary>
public static class GoldenFile
{
    public static bool Updating => Environment.GetEnvironmentVariable("STEADY_UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string goldenPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            return;
        }

        Assert.True(File.Exists(goldenPath), $"golden file {goldenPath} is missing; run the tests with STEADY_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(goldenPath), actual);
    }
}
