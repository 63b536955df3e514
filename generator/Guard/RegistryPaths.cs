namespace Steady.Guard;

/// <summary>Where things live in the repository, as the guard classifies changed paths.</summary>
public static class RegistryPaths
{
    public const string Root = "registry-data/";
    public const string Projects = "registry-data/projects/";
    public const string Sponsors = "registry-data/sponsors/";
    public const string StewardsFile = "registry-data/stewards.yml";

    /// <summary>
    /// Paths that decide how the registry is built, checked or trusted. A pull request that changes one of them
    /// together with registry entries is flagged for a repository admin.
    /// </summary>
    public static readonly IReadOnlyList<string> CodePrefixes =
    [
        "generator/", "themes/", ".github/", StewardsFile, ".ci/", ".config/",
        "build.cake", "Directory.Build.props", "Directory.Packages.props", "steady.yml",
    ];

    /// <summary>The slug of a project file path, or null when the path is not <c>registry-data/projects/&lt;slug&gt;.yml</c>.</summary>
    public static string? ProjectSlug(string path)
    {
        if (!path.StartsWith(Projects, StringComparison.Ordinal) || !path.EndsWith(".yml", StringComparison.Ordinal))
        {
            return null;
        }

        var name = path[Projects.Length..^4];
        return Text.TextRules.IsSlug(name) ? name : null;
    }

    /// <summary>True for a path under <c>registry-data/projects/</c> (entries, valid or not).</summary>
    public static bool IsUnderProjects(string path) => path.StartsWith(Projects, StringComparison.Ordinal);

    /// <summary>Registry entries: project and sponsor files.</summary>
    public static bool IsEntry(string path) =>
        path.StartsWith(Projects, StringComparison.Ordinal) || path.StartsWith(Sponsors, StringComparison.Ordinal);

    public static bool IsCode(string path) =>
        CodePrefixes.Any(prefix => prefix.EndsWith('/') ? path.StartsWith(prefix, StringComparison.Ordinal) : path == prefix);

    public static bool IsRegistry(string path) => path.StartsWith(Root, StringComparison.Ordinal);

    /// <summary>Files the registry loader skips (<c>README.md</c>, dotfiles).</summary>
    public static bool IsIgnoredInProjects(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.StartsWith('.') || name.Equals("README.md", StringComparison.OrdinalIgnoreCase);
    }
}
