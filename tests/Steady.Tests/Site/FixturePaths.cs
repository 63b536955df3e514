namespace Steady.Tests.Site;

/// <summary>Where the site tests find the repository, their fixtures, golden files and artifacts.</summary>
internal static class FixturePaths
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    public static string Root { get; } = FindRoot();

    public static string Fixture(string name) => Path.Combine(Root, "tests", "Fixtures", name);

    public static string Golden(string name) => Path.Combine(Root, "tests", "Golden", name);

    public static string Artifacts => Path.Combine(Root, "tests", "artifacts");

    public static string Theme => Path.Combine(Root, "themes", "default");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Steady.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Steady.slnx not found above the test assembly");
    }
}
