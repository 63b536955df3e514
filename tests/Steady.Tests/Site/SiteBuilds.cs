using Steady.Build;
using Steady.Config;
using Steady.Write;

namespace Steady.Tests.Site;

/// <summary>Builds a fixture site (<c>tests/Fixtures/NAME/steady.yml</c>) into a folder, as <c>steady build</c> does.</summary>
internal static class SiteBuilds
{
    public static BuildResult Build(string fixture, string output, DateOnly? asOf = null,
        Func<IOutputSink, IOutputSink>? wrapSink = null, SettingsOverrides? overrides = null)
    {
        var date = asOf ?? FixturePaths.AsOf;
        var (settings, problems) = SettingsLoader.Load(
            Path.Combine(FixturePaths.Fixture(fixture), SettingsLoader.FileName),
            (overrides ?? new SettingsOverrides()) with { Out = output },
            date);
        Assert.True(settings is not null, string.Join('\n', problems));
        return BuildSite.Run(new BuildOptions(settings!, date) { WrapSink = wrapSink });
    }

    /// <summary>Every file of a folder by its forward-slash relative path, with its bytes.</summary>
    public static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
