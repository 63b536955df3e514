using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Steady.Build;
using Steady.Diagnostics;
using Steady.Render.Templating;

namespace Steady.Cli.Commands;

/// <summary>
/// <c>steady build</c>: the site from the registry, the content pages and the theme. Settings come from
/// <c>steady.yml</c>; every option given here wins over it.
/// </summary>
public sealed class BuildCommand : Command<BuildCommand.Settings>
{
    public sealed class Settings : SiteCommandSettings
    {
        [CommandOption("--profile")]
        [Description("Print the time and allocated bytes of each stage")]
        public bool Profile { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        var asOf = AsOfDate.Resolve(settings.AsOf);
        if (settings.Resolve(terminal, asOf) is not { } site)
        {
            return ExitCodes.Usage;
        }

        BuildResult result;
        try
        {
            result = BuildProgress.Run(terminal, progress => BuildSite.Run(new BuildOptions(site, asOf) { Progress = progress }));
        }
        catch (ThemeException ex)
        {
            terminal.Error.WriteLine($"steady: theme error, nothing was written:\n{ex.Message}");
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"steady: could not write the site ({ex.Message}); {site.Out} is unchanged");
            return ExitCodes.Failed;
        }

        DiagnosticFormat.Write(terminal.Out, "text", result.Diagnostics);
        var errors = result.Diagnostics.Count(d => d.IsError);
        if (settings.Profile)
        {
            StageTable.Write(terminal.Out, result.Stages);
        }

        if (result.Written is not { } written)
        {
            terminal.Ansi.MarkupLineInterpolated($"[red]{errors} error(s): nothing was written; {site.Out} is unchanged[/]");
            return ExitCodes.Failed;
        }

        var seconds = StageTable.Total(result.Stages).TotalSeconds;
        terminal.Ansi.MarkupLineInterpolated(
            $"[green]wrote {site.Out}: {written.Files} files ({written.Written} new or changed, {written.Unchanged} unchanged, {written.Shared} linked to an identical file), {result.Pages} pages, {result.Projects} projects in {seconds.ToString("0.00", CultureInfo.InvariantCulture)} s[/]");
        return ExitCodes.Ok;
    }
}
