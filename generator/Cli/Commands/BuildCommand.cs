using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Steady.Build;
using Steady.Config;
using Steady.Diagnostics;
using Steady.Render.Templating;

namespace Steady.Cli.Commands;

/// <summary>
/// <c>steady build</c>: the site from the registry, the content pages and the theme. Settings come from
/// <c>steady.yml</c>; every option given here wins over it.
/// </summary>
public sealed class BuildCommand : Command<BuildCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--config <FILE>")]
        [Description("The settings file. Default: steady.yml (the defaults apply when it does not exist)")]
        public string? Config { get; init; }

        [CommandOption("--registry <DIR>")]
        [Description("The registry folder. Default: registry-data")]
        public string? Registry { get; init; }

        [CommandOption("--content <DIR>")]
        [Description("The Markdown pages folder. Default: content")]
        public string? Content { get; init; }

        [CommandOption("--theme <DIR>")]
        [Description("The theme folder. Default: themes/default")]
        public string? Theme { get; init; }

        [CommandOption("--overrides <DIR>")]
        [Description("A folder whose files replace the theme's files of the same path")]
        public string? Overrides { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("The output folder, replaced whole when the build succeeds. Default: _site")]
        public string? Out { get; init; }

        [CommandOption("--base-url <URL>")]
        [Description("The absolute URL the site is published at, with its path, e.g. https://org.github.io/registry/")]
        public string? BaseUrl { get; init; }

        [CommandOption("--title <TEXT>")]
        [Description("The site title")]
        public string? Title { get; init; }

        [CommandOption("--description <TEXT>")]
        [Description("One sentence describing the site")]
        public string? Description { get; init; }

        [CommandOption("--language <CODE>")]
        [Description("The language of the pages. Default: en")]
        public string? Language { get; init; }

        [CommandOption("--repository <URL>")]
        [Description("The registry's repository, for the 'edit this entry' and 'history' links")]
        public string? Repository { get; init; }

        [CommandOption("--branch <NAME>")]
        [Description("The branch the registry is edited on. Default: main")]
        public string? Branch { get; init; }

        [CommandOption("--as-of <DATE>")]
        [Description("The date signals are computed for (YYYY-MM-DD). SOURCE_DATE_EPOCH wins when set. Default: today")]
        public string? AsOf { get; init; }

        [CommandOption("--profile")]
        [Description("Print the time and allocated bytes of each stage")]
        public bool Profile { get; init; }

        public SettingsOverrides ToOverrides() => new()
        {
            Registry = Registry, Content = Content, Theme = Theme, Overrides = Overrides, Out = Out, BaseUrl = BaseUrl,
            Title = Title, Description = Description, Language = Language, Repository = Repository, Branch = Branch,
        };
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        var asOf = AsOfDate.Resolve(settings.AsOf);
        var config = settings.Config ?? SettingsLoader.FileName;
        if (settings.Config is not null && !File.Exists(config))
        {
            throw new UsageException($"settings file '{config}' does not exist");
        }

        var (site, problems) = SettingsLoader.Load(config, settings.ToOverrides(), asOf);
        if (site is null)
        {
            DiagnosticFormat.Write(terminal.Out, "text", problems);
            return ExitCodes.Usage;
        }

        if (!Text.TextRules.IsHttpUrl(site.BaseUrl))
        {
            throw new UsageException($"base URL '{site.BaseUrl}' is not an absolute http(s) URL");
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
            WriteProfile(terminal.Out, result.Stages);
        }

        if (result.Written is not { } written)
        {
            terminal.Ansi.MarkupLineInterpolated($"[red]{errors} error(s): nothing was written; {site.Out} is unchanged[/]");
            return ExitCodes.Failed;
        }

        var seconds = result.Stages.Where(s => !s.Stage.Contains(' ', StringComparison.Ordinal)).Sum(s => s.Elapsed.TotalSeconds);
        terminal.Ansi.MarkupLineInterpolated(
            $"[green]wrote {site.Out}: {written.Files} files ({written.Written} new or changed, {written.Unchanged} unchanged), {result.Pages} pages, {result.Projects} projects in {seconds.ToString("0.00", CultureInfo.InvariantCulture)} s[/]");
        return ExitCodes.Ok;
    }

    private static void WriteProfile(TextWriter output, IReadOnlyList<StageTiming> stages)
    {
        output.WriteLine("stage              time (ms)    cpu (ms)   allocated (MiB)");
        foreach (var s in stages)
        {
            var name = s.Stage.Contains(' ', StringComparison.Ordinal) ? "  " + s.Stage : s.Stage;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-18} {s.Elapsed.TotalMilliseconds,9:0.0}   {s.ProcessorTime.TotalMilliseconds,9:0.0}   {s.AllocatedBytes / 1048576.0,15:0.0}"));
        }
    }
}
