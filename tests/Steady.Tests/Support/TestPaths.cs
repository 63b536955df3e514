namespace Steady.Tests.Support;

/// <summary>Folders of the repository, found from the test assembly's location.</summary>
public static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string FeedsRegistry => Path.Combine(Root, "tests", "Fixtures", "feeds-registry");

    public static string Golden(string name) => Path.Combine(Root, "tests", "Golden", name);

    public static string ApiSchemas => Path.Combine(Root, "registry-data", "schema", "api");

    /// <summary>Set <c>STEADY_UPDATE_GOLDEN=1</c> to rewrite golden files and committed schemas instead of comparing.</summary>
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
