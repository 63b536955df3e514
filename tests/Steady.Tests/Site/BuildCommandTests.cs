using Steady.Cli;

namespace Steady.Tests.Site;

/// <summary><c>steady build</c> on the command line: settings, profile, exit codes.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private (int Exit, string Output) Run(params string[] args)
    {
        using var writer = new StringWriter();
        var exit = SteadyApp.Run(args, Terminal.ForWriter(writer));
        return (exit, writer.ToString());
    }

    [Fact]
    public void Build_writes_the_site_and_profiles_every_stage()
    {
        var output = _temp.Sub("out");
        var (exit, text) = Run("build", "--config", Path.Combine(FixturePaths.Fixture("site-registry"), "steady.yml"),
            "--out", output, "--as-of", "2026-06-30", "--base-url", "https://example.net/sub/", "--profile");
        Assert.True(exit == ExitCodes.Ok, text);
        foreach (var stage in new[] { "load", "validate", "derive", "plan", "render", "write" })
        {
            Assert.Matches($"(?m)^{stage} +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+/[0-9]+/[0-9]+$", text);
        }

        Assert.Contains("gc pause (ms)   peak memory (MiB)   collections 0/1/2", text);

        // Without an interactive terminal each stage is reported as a plain line, in order.
        Assert.Matches("(?s)steady: load done in .*steady: validate done in .*steady: derive done in .*steady: plan done in .*steady: render done in .*steady: write done in ", text);
        Assert.Contains("href=\"https://example.net/sub/\"", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
        Assert.Contains("href=\"/sub/projects/\"", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_registry_errors_prints_them_and_exits_1()
    {
        var registry = _temp.Sub("registry");
        Directory.CreateDirectory(Path.Combine(registry, "projects"));
        File.WriteAllText(Path.Combine(registry, "projects", "bad.yml"), "name: bad\n");
        var output = _temp.Sub("out");
        var (exit, text) = Run("build", "--config", Path.Combine(FixturePaths.Fixture("site-registry"), "steady.yml"),
            "--registry", registry, "--out", output, "--as-of", "2026-06-30");
        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("bad.yml:1:1: error ST003", text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Build_refuses_a_bad_base_url_and_a_missing_settings_file()
    {
        Assert.Equal(ExitCodes.Usage, Run("build", "--config", Path.Combine(FixturePaths.Fixture("site-registry"), "steady.yml"),
            "--out", _temp.Sub("out"), "--base-url", "javascript:alert(1)").Exit);
        Assert.Equal(ExitCodes.Usage, Run("build", "--config", _temp.Sub("missing.yml")).Exit);
    }

    [Fact]
    public void A_settings_file_with_an_unknown_key_is_reported_with_its_line()
    {
        var config = _temp.Sub("steady.yml");
        File.WriteAllText(config, "title: x\nbase_ur: https://example.org/\n");
        var (exit, text) = Run("build", "--config", config, "--out", _temp.Sub("out"));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("steady.yml:2:1: error ST001", text, StringComparison.Ordinal);
        Assert.Contains("base_url", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_error_names_the_template_and_writes_nothing()
    {
        var overrides = _temp.Sub("overrides");
        Directory.CreateDirectory(Path.Combine(overrides, "layouts"));
        File.WriteAllText(Path.Combine(overrides, "layouts", "project.html"), "<h1>{{ model.row.name }}</h1>\n{{ if }}\n");
        var output = _temp.Sub("out");
        var (exit, text) = Run("build", "--config", Path.Combine(FixturePaths.Fixture("site-registry"), "steady.yml"),
            "--overrides", overrides, "--out", output, "--as-of", "2026-06-30");
        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("project.html(2,", text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    public void Dispose() => _temp.Dispose();
}
