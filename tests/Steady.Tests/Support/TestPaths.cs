namespace Steady.Tests.Support;

/// <summary>Locations in the repository, found from the test binaries by walking up to <c>Steady.slnx</c>.</summary>
public static class TestPaths
{
    public static readonly DateOnly AsOf = new(2026, 11, 27);

    public static string Root { get; } = FindRoot();

    public static string Tests => Path.Combine(Root, "tests");

    public static string Corpus => Path.Combine(Tests, "Corpus");

    public static string Registry => Path.Combine(Root, "registry-data");

    public static string FeedsRegistry => Path.Combine(Tests, "Fixtures", "feeds-registry");

    public static string ApiSchemas => Path.Combine(Registry, "schema", "api");

    /// <summary>A folder of golden files under <c>tests/Golden</c>.</summary>
    public static string Golden(string name) => Path.Combine(Tests, "Golden", name);

    /// <summary>Set <c>STEADY_UPDATE_GOLDEN=1</c> to rewrite golden files and committed schemas instead of comparing.</summary>
    public static bool UpdateGolden => GoldenFile.Updating;

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Steady.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Steady.slnx not found above " + AppContext.BaseDirectory);
    }
}
