using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
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

        public override ValidationResult Validate() =>
            DiagnosticFormat.IsKnown(Format)
                ? ValidationResult.Success()
                : ValidationResult.Error($"--format must be one of {string.Join(", ", DiagnosticFormat.Names)}");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        var asOf = AsOfDate.Resolve(settings.AsOf);
        var (loaded, diagnostics) = RegistryValidator.LoadAndValidate(
            settings.Registry, settings.DisplayRoot(), asOf, EnrichmentStore.Load(settings.Registry));
        DiagnosticFormat.Write(terminal.Out, settings.Format, diagnostics);

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (settings.Format == "text")
        {
            var registry = loaded.Registry;
            var colour = errors > 0 ? "red" : warnings > 0 ? "yellow" : "green";
            terminal.Ansi.MarkupLine(
                $"[{colour}]{registry.Projects.Count} projects, {registry.Stewards.Count} stewards, {registry.Sponsors.Count} sponsors: " +
                $"{errors} error(s), {warnings} warning(s)[/]");
        }

        return errors > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
