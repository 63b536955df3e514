using System.Diagnostics;
using Steady.Cli;
using Steady.Tests.Enrich;
using Steady.Tests.Support;

namespace Steady.Tests;

/// <summary>
/// The program compiled ahead of time (Native AOT, <c>tests/bench</c>'s <c>READY_TO_RUN=aot</c>) does what the
/// program run by the tests does, for the paths that read types by reflection: the registry into the site, and
/// GitHub's answers (Octokit) into the enrichment files. Runs when <c>STEADY_NATIVE_PROGRAM</c> names the binary.
/// </summary>
public sealed class NativeProgramTests
{
    [NativeFact]
    public void The_native_build_of_the_real_registry_writes_the_same_site()
    {
        using var temp = new TempDirectory();
        var native = Path.Combine(temp.Path, "native");
        var managed = Path.Combine(temp.Path, "managed");

        string[] real =
        [
            "--config", Path.Combine(TestPaths.Root, "steady.yml"), "--registry", TestPaths.Registry, "--content", Path.Combine(TestPaths.Root, "content"),
            "--theme", Path.Combine(TestPaths.Root, "themes", "default"), "--as-of", "2026-11-27",
        ];

        var (code, output) = Run(["build", .. real, "--out", native]);
        Assert.True(code == ExitCodes.Ok, output);
        Assert.Equal(ExitCodes.Ok, CommandRunner.Run(["build", .. real, "--out", managed]).ExitCode);

        var files = Directory.EnumerateFiles(managed, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(managed, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(files.Length > 100, $"only {files.Length} files");
        Assert.Equal(files, Directory.EnumerateFiles(native, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(native, f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.True(File.ReadAllBytes(Path.Combine(managed, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(native, f))), f));
    }

    /// <summary>Commands whose output is their whole result, each with its arguments (folders under the repository root).</summary>
    public static TheoryData<string[]> Commands() => new(
        ["validate", "--registry", At("tests/Corpus/bad/impossible-date"), "--as-of", "2026-11-27", "--format", "json"],
        ["validate", "--registry", At("registry-data"), "--as-of", "2026-11-27"],
        ["audit", "--sbom", At("tests/Fixtures/audit/sbom.cdx.json"), "--registry", At("tests/Fixtures/feeds-registry"), "--as-of", "2026-06-01", "--format", "json"],
        ["audit", "--sbom", At("tests/Fixtures/audit/sbom.spdx.json"), "--registry", At("tests/Fixtures/feeds-registry"), "--as-of", "2026-06-01", "--format", "sarif"],
        ["check", "--site", At("tests/Fixtures/check-site/broken")]);

    [NativeTheory]
    [MemberData(nameof(Commands))]
    public void The_native_command_prints_what_the_managed_one_prints(string[] args)
    {
        var (code, output) = Run(args);
        var (managed, expected) = CommandRunner.Run(args);

        Assert.Equal(managed, code);
        Assert.Equal(expected, output);
    }

    [NativeFact]
    public void The_native_schemas_are_the_committed_ones()
    {
        using var temp = new TempDirectory();
        var (code, output) = Run("schema", "--out", temp.Path);
        Assert.True(code == ExitCodes.Ok, output);

        var committed = Path.Combine(TestPaths.Root, "registry-data", "schema");
        var files = Directory.EnumerateFiles(committed, "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(committed, f)).ToArray();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Equal(File.ReadAllText(Path.Combine(committed, f)), File.ReadAllText(Path.Combine(temp.Path, f))));
    }

    [NativeFact]
    public async Task The_native_enrich_reads_github_as_the_managed_one_does()
    {
        await using var native = await EnrichRun.StartAsync();
        await using var managed = await EnrichRun.StartAsync();

        var (code, output) = Run("enrich", "--registry", native.Registry, "--api-url", native.GitHub.ApiUrl.AbsoluteUri, "--token", "test-token");
        Assert.True(code == ExitCodes.Ok, output);
        Assert.Contains("3 updated, 0 failed, 1 not on GitHub", output, StringComparison.Ordinal);
        var writer = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await Task.Run(() => SteadyApp.Run(
            ["enrich", "--registry", managed.Registry, "--api-url", managed.GitHub.ApiUrl.AbsoluteUri, "--token", "test-token"], Terminal.ForWriter(writer))));

        var expected = managed.Files();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), native.Files().Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in expected)
        {
            Assert.Equal(WithoutTimes(System.Text.Encoding.UTF8.GetString(bytes)), WithoutTimes(native.FileText(Path.GetFileNameWithoutExtension(name))));
        }
    }

    [NativeFact]
    public async Task The_native_guard_reads_a_pull_request_from_github_as_the_managed_one_does()
    {
        using var repo = new Steady.Tests.Guard.TempGitRepository();
        Steady.Tests.Guard.FictionalRegistry.WriteBase(repo);
        var baseCommit = repo.Commit("base");
        repo.Edit(Steady.Tests.Guard.FictionalRegistry.Quill, "Compression library and tools", "Compression library and command-line tools");
        var stale = repo.Commit("first version");
        repo.Edit(Steady.Tests.Guard.FictionalRegistry.Quill, "    since: 2019-06-01\n", "    since: 2019-06-01\n  - github: mallory\n    role: co-maintainer\n    since: 2026-02-20\n");
        var head = repo.Commit("add mallory");
        await using var github = await Steady.Tests.Guard.RecordedGitHub.StartAsync(new Dictionary<string, string> { ["HEAD"] = head, ["BASE"] = baseCommit, ["STALE"] = stale });
        string[] args = ["guard", "--base", baseCommit, "--head", head, "--repo", "quill-org/registry", "--pr", "7",
            "--api-url", github.Url, "--token", "test-token", "--git-dir", repo.Root, "--as-of", "2026-03-01", "--format", "json"];

        var (code, output) = await Task.Run(() => Run(args));
        var writer = new StringWriter { NewLine = "\n" };
        var managed = await Task.Run(() => SteadyApp.Run(args, Terminal.ForWriter(writer)));

        Assert.Equal(managed, code);
        Assert.Equal(writer.ToString(), output);
        Assert.Contains("\"decision\": \"needs-approval\"", output, StringComparison.Ordinal);
    }

    /// <summary>The text with the fetch times blanked: each run stamps its own.</summary>
    private static string WithoutTimes(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z?\"", "\"(time)\"");

    private static string At(string relative) => Path.Combine(TestPaths.Root, relative);

    /// <summary>Runs the native program in the tests' working folder, as the managed one runs, so both name files alike.</summary>
    private static (int Code, string Output) Run(params string[] args)
    {
        var info = new ProcessStartInfo(NativeFactAttribute.Program!)
        {
            WorkingDirectory = Environment.CurrentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), $"{string.Join(' ', args)} did not end within 2 minutes");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

/// <summary>Runs only when <c>STEADY_NATIVE_PROGRAM</c> names a natively compiled <c>steady</c>.</summary>
public sealed class NativeFactAttribute : FactAttribute
{
    public const string Variable = "STEADY_NATIVE_PROGRAM";

    public static string? Program => Environment.GetEnvironmentVariable(Variable);

    public NativeFactAttribute() => Skip = SkipReason();

    /// <summary>Why the native tests do not run here, or null when they do.</summary>
    public static string? SkipReason() =>
        string.IsNullOrEmpty(Program) ? $"set {Variable} to a natively compiled steady (.ci/run does; tests/bench/lib.sh publish_steady with READY_TO_RUN=aot makes one) to run it"
        : !File.Exists(Program) ? $"{Variable}: {Program} does not exist"
        : null;
}

/// <summary>A theory that runs only when <c>STEADY_NATIVE_PROGRAM</c> names a natively compiled <c>steady</c>.</summary>
public sealed class NativeTheoryAttribute : TheoryAttribute
{
    public NativeTheoryAttribute() => Skip = NativeFactAttribute.SkipReason();
}
