using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Steady.Build;
using Steady.Diagnostics;
using Steady.Enrich;
using Steady.Validate;

namespace Steady.Cli.Commands;

/// <summary><c>steady validate</c>: every problem of every file, sorted, then exit 1 when any is an error.</summary>
public sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    public sealed class Settings : RegistrySettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("text (default), github (Actions annotations) or json")]
        public string Format { get; init; } = "text";

        [CommandOption("--profile")]
        [Description("Print the time, processor time, allocations and garbage-collector pauses of each stage (validate, report) to standard error")]
        public bool Profile { get; init; }

        public override ValidationResult Validate() =>
            DiagnosticFormat.IsKnown(Format)
                ? ValidationResult.Success()
                : ValidationResult.Error($"--format must be one of {string.Join(", ", DiagnosticFormat.Names)}");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        var asOf = AsOfDate.Resolve(settings.AsOf);
        var clock = new StageClock();
        var result = clock.Time("validate", () => RegistryValidator.ValidateFolder(
            settings.Registry, settings.DisplayRoot(), asOf, EnrichmentStore.Load(settings.Registry)));
        var diagnostics = result.Diagnostics;
        clock.Time("report", () => DiagnosticFormat.Write(terminal.Out, settings.Format, diagnostics));

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (settings.Format == "text")
        {
            var colour = errors > 0 ? "red" : warnings > 0 ? "yellow" : "green";
            terminal.Ansi.MarkupLine(
                $"[{colour}]{result.Projects} projects, {result.Stewards} stewards, {result.Sponsors} sponsors: " +
                $"{errors} error(s), {warnings} warning(s)[/]");
        }

        if (settings.Profile)
        {
            // Standard error, so that --format json output stays one JSON document.
            StageTable.Write(terminal.Error, clock.Stages);
            terminal.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"total after start-up: {StageTable.Total(clock.Stages).TotalMilliseconds:0.0} ms"));
        }

        return errors > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
