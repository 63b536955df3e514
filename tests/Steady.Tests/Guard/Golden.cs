namespace Steady.Tests.Guard;

/// <summary>
/// Golden files under <c>tests/Golden/</c>: a test fails on any difference; with <c>STEADY_UPDATE_GOLDEN=1</c> the files
/// are written instead.
/// </summary>
public static class Golden
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static void Match(string relativePath, string actual)
    {
        var path = Path.Combine(RepositoryRoot, "tests", "Golden", relativePath);
        if (Environment.GetEnvironmentVariable("STEADY_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new System.Text.UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with STEADY_UPDATE_GOLDEN=1 to write it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual.ReplaceLineEndings("\n"));
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Steady.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Steady.slnx not found above the test folder");
    }
}
