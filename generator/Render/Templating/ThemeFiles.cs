namespace Steady.Render.Templating;

/// <summary>
/// Finds theme files in lookup order: the site's overrides folder first, then the theme. A file in the overrides
/// folder replaces the theme's file of the same relative path (<c>layouts/project.html</c>,
/// <c>partials/footer.html</c>, <c>assets/style.css</c>); files only one of them has are used as they are.
/// </summary>
public sealed class ThemeFiles
{
    private readonly string[] _roots;

    public ThemeFiles(string theme, string? overrides)
    {
        if (!Directory.Exists(theme))
        {
            throw new DirectoryNotFoundException($"theme folder '{theme}' does not exist");
        }

        if (overrides is not null && !Directory.Exists(overrides))
        {
            throw new DirectoryNotFoundException($"overrides folder '{overrides}' does not exist");
        }

        _roots = overrides is null ? [theme] : [overrides, theme];
    }

    /// <summary>The file for a relative path, from the first folder that has it, or null.</summary>
    public string? Find(string relative) =>
        _roots.Select(r => Path.Combine(r, relative)).FirstOrDefault(File.Exists);

    /// <summary>Relative paths (forward slashes) of every file under a folder of either root, sorted, each once.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var root in _roots)
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!relative.Split('/').Any(s => s.StartsWith('.')))
                {
                    names.Add(relative);
                }
            }
        }

        return names.ToArray();
    }
}
