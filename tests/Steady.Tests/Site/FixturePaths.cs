namespace Steady.Tests.Site;

/// <summary>Where the site tests find the repository, their fixtures, golden files and artifacts.</summary>
internal static class FixturePaths
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    public static string Root => Support.TestPaths.Root;

    public static string Fixture(string name) => Path.Combine(Root, "tests", "Fixtures", name);

    public static string Golden(string name) => Path.Combine(Root, "tests", "Golden", name);

    public static string Artifacts => Path.Combine(Root, "tests", "artifacts");

    public static string Theme => Path.Combine(Root, "themes", "default");

}
