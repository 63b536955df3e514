using System.Text.Json;
using Steady.Tests.Support;

namespace Steady.Tests.Cli;

public sealed class ValidateCommandTests
{
    [Fact]
    public void The_real_registry_validates_with_exit_code_zero()
    {
        var (code, output) = CommandRunner.Run("validate", "--registry", TestPaths.Registry, "--as-of", "2026-11-27");

        Assert.True(code == 0, output);
        Assert.Contains(" 0 error(s)", output);
    }

    [Fact]
    public void Invalid_data_exits_one_and_prints_every_problem_with_its_location()
    {
        var dir = Path.Combine(TestPaths.Corpus, "bad", "unknown-key-typo");
        var (code, output) = CommandRunner.Run("validate", "--registry", dir, "--as-of", "2026-11-27");

        Assert.Equal(1, code);
        Assert.Contains("projects/libexample.yml:7:1: error ST001: unknown key 'maintainer'", output);
        Assert.Contains("hint: did you mean 'maintainers'?", output);
    }

    [Fact]
    public void Github_format_prints_workflow_annotations()
    {
        var dir = Path.Combine(TestPaths.Corpus, "bad", "hiatus-without-until");
        var (code, output) = CommandRunner.Run("validate", "--registry", dir, "--as-of", "2026-11-27", "--format", "github");

        Assert.Equal(1, code);
        Assert.Matches(@"::error file=[^,]*projects/libexample\.yml,line=13,col=10,title=RG002::RG002: state 'hiatus' needs status\.until%0Ahint: ", output);
    }

    [Fact]
    public void Json_format_lists_diagnostics_as_objects()
    {
        var dir = Path.Combine(TestPaths.Corpus, "bad", "impossible-date");
        var (code, output) = CommandRunner.Run("validate", "--registry", dir, "--as-of", "2026-11-27", "--format", "json");

        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var first = doc.RootElement.EnumerateArray().Single();
        Assert.Equal("ST004", first.GetProperty("code").GetString());
        Assert.Equal(11, first.GetProperty("line").GetInt32());
        Assert.Equal("error", first.GetProperty("severity").GetString());
    }

    [Fact]
    public void Profile_prints_each_stage_to_standard_error_and_keeps_json_output_whole()
    {
        var dir = Path.Combine(TestPaths.Corpus, "bad", "impossible-date");
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var terminal = new Steady.Cli.Terminal(output, error, Steady.Cli.Terminal.ForWriter(error).Ansi);

        var code = Steady.Cli.SteadyApp.Run(["validate", "--registry", dir, "--as-of", "2026-11-27", "--format", "json", "--profile"], terminal);

        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output.ToString());
        Assert.Single(doc.RootElement.EnumerateArray());
        var lines = error.ToString().Split('\n');
        Assert.StartsWith("stage ", lines[0]);
        Assert.Equal(["validate", "report"], lines[1..3].Select(l => l.Split(' ')[0]));
        Assert.Matches(@"^total after start-up: \d+\.\d ms$", lines[3]);
    }

    [Theory]
    [InlineData("validate", "--format", "xml")]
    [InlineData("validate", "--no-such-option")]
    [InlineData("no-such-command")]
    [InlineData("validate", "--as-of", "2026-13-01")]
    [InlineData("validate", "--registry", "/no/such/folder")]
    public void Usage_errors_exit_two_with_a_message(params string[] args)
    {
        var (code, output) = CommandRunner.Run(args);

        Assert.Equal(2, code);
        Assert.Contains("steady: ", output);
    }

    [Fact]
    public void Source_date_epoch_wins_over_the_as_of_option()
    {
        var date = Steady.Cli.AsOfDate.Resolve("2020-01-01", sourceDateEpoch: "1767225600");
        Assert.Equal(new DateOnly(2026, 1, 1), date);
        Assert.Equal(new DateOnly(2020, 1, 1), Steady.Cli.AsOfDate.Resolve("2020-01-01", sourceDateEpoch: ""));
    }
}
