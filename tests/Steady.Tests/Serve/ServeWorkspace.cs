using Steady.Cli;
using Steady.Config;
using Steady.Serve;
using Steady.Tests.Site;

namespace Steady.Tests.Serve;

/// <summary>
/// A copy of the fixture site (registry, content and the default theme) in a temporary folder, for serve sessions
/// that edit it. The settings are the fixture's (base path <c>/registry/</c>) with folders in the copy.
/// </summary>
internal sealed class ServeWorkspace : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly StringWriter _output = new();

    public ServeWorkspace()
    {
        var fixture = FixturePaths.Fixture("site-registry");
        Copy(Path.Combine(fixture, "registry-data"), Registry);
        Copy(Path.Combine(fixture, "content"), Content);
        Copy(FixturePaths.Theme, Theme);
        Output = TextWriter.Synchronized(_output);
    }

    public string Registry => _temp.Sub("registry-data");

    public string Content => _temp.Sub("content");

    public string Theme => _temp.Sub("theme");

    /// <summary>The build's output folder, which serve never writes.</summary>
    public string Out => _temp.Sub("_site");

    /// <summary>The preview folder serve writes and serves.</summary>
    public string Preview => _temp.Sub("_site.serve");

    /// <summary>What the session printed.</summary>
    public TextWriter Output { get; }

    public string Printed
    {
        get
        {
            lock (Output)
            {
                return _output.ToString();
            }
        }
    }

    public SiteSettings Settings
    {
        get
        {
            var overrides = new SettingsOverrides { Registry = Registry, Content = Content, Theme = Theme, Out = Out };
            var (settings, problems) = SettingsLoader.Load(Path.Combine(FixturePaths.Fixture("site-registry"), "steady.yml"), overrides, FixturePaths.AsOf);
            return settings ?? throw new InvalidOperationException(string.Join('\n', problems));
        }
    }

    public Task<ServeSession> StartAsync() =>
        ServeSession.StartAsync(new ServeOptions(Settings, FixturePaths.AsOf, 0, Preview), Terminal.ForWriter(Output));

    public string ProjectFile(string slug) => Path.Combine(Registry, "projects", slug + ".yml");

    /// <summary>Rewrites a project file in place, as an editor saves it.</summary>
    public void EditProject(string slug, Func<string, string> change)
    {
        var path = ProjectFile(slug);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    public void Dispose()
    {
        _temp.Dispose();
        _output.Dispose();
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
