using Steady.Diagnostics;
using Steady.Load;

namespace Steady.Config;

/// <summary>
/// Reads <c>steady.yml</c> with the registry's hardened loader (unknown keys and bad URLs are errors) and applies
/// the command-line overrides. Folders named in the file are relative to the file; folders given on the command
/// line are relative to the working folder.
/// </summary>
public static class SettingsLoader
{
    public const string FileName = "steady.yml";

    /// <param name="configPath">The settings file; a missing file means the defaults.</param>
    public static (SiteSettings? Settings, IReadOnlyList<Diagnostic> Diagnostics) Load(
        string configPath, SettingsOverrides overrides, DateOnly asOf)
    {
        var bag = new DiagnosticBag();
        var settings = SiteSettings.Default;
        if (File.Exists(configPath))
        {
            var display = Path.GetRelativePath(Environment.CurrentDirectory, configPath).Replace('\\', '/');
            var loaded = RegistryLoader.LoadDocument<SiteSettings>(configPath, display, bag, asOf, out _);
            if (loaded is null || bag.HasErrors)
            {
                return (null, bag.Sorted());
            }

            settings = RelativeTo(loaded, Path.GetDirectoryName(Path.GetFullPath(configPath))!);
        }

        return (Apply(settings, overrides), bag.Sorted());
    }

    public static SiteSettings Apply(SiteSettings settings, SettingsOverrides o) => settings with
    {
        Title = o.Title ?? settings.Title,
        Description = o.Description ?? settings.Description,
        BaseUrl = o.BaseUrl ?? settings.BaseUrl,
        Language = o.Language ?? settings.Language,
        Registry = o.Registry ?? settings.Registry,
        Content = o.Content ?? settings.Content,
        Theme = o.Theme ?? settings.Theme,
        Overrides = o.Overrides ?? settings.Overrides,
        Out = o.Out ?? settings.Out,
        Repository = o.Repository ?? settings.Repository,
        Branch = o.Branch ?? settings.Branch,
    };

    private static SiteSettings RelativeTo(SiteSettings s, string folder)
    {
        var here = Path.GetFullPath(Environment.CurrentDirectory);
        if (Path.TrimEndingDirectorySeparator(folder) == Path.TrimEndingDirectorySeparator(here))
        {
            return s;
        }

        string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetRelativePath(here, Path.Combine(folder, path));
        return s with
        {
            Registry = Resolve(s.Registry),
            Content = Resolve(s.Content),
            Theme = Resolve(s.Theme),
            Overrides = s.Overrides is null ? null : Resolve(s.Overrides),
            Out = Resolve(s.Out),
        };
    }
}
