using Steady.Tests.Support;

namespace Steady.Tests.Cli;

public sealed class NewCommandTests
{
    [Fact]
    public void A_new_entry_passes_validation()
    {
        using var temp = new TempDirectory();
        var (code, output) = CommandRunner.Run("new", "libfresh", "--registry", temp.Path, "--as-of", "2026-11-27");
        Assert.True(code == 0, output);

        var file = Path.Combine(temp.Path, "projects", "libfresh.yml");
        Assert.StartsWith("# yaml-language-server: $schema=../schema/project.schema.json", File.ReadAllText(file));
        var (validateCode, diagnostics) = CommandRunner.Run("validate", "--registry", temp.Path, "--as-of", "2026-11-27");
        Assert.True(validateCode == 0, diagnostics);
        Assert.Contains("0 error(s), 0 warning(s)", diagnostics);
    }

    [Theory]
    [InlineData("../evil")]
    [InlineData("a/b")]
    [InlineData("Upper")]
    [InlineData("a..b")]
    public void A_slug_that_could_escape_the_folder_is_refused(string slug)
    {
        using var temp = new TempDirectory();
        var (code, output) = CommandRunner.Run("new", slug, "--registry", temp.Path);

        Assert.Equal(2, code);
        Assert.Contains("is not a slug", output);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void An_existing_entry_is_never_overwritten()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "projects"));
        var file = Path.Combine(temp.Path, "projects", "kept.yml");
        File.WriteAllText(file, "name: kept\n");

        var (code, output) = CommandRunner.Run("new", "kept", "--registry", temp.Path);

        Assert.Equal(2, code);
        Assert.Contains("already exists", output);
        Assert.Equal("name: kept\n", File.ReadAllText(file));
    }
}
