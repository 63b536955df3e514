using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Steady.Check;

namespace Steady.Cli.Commands;

/// <summary><c>steady check</c>: links, anchors and basic accessibility of a built site.</summary>
public sealed class CheckCommand : Command<CheckCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--site <DIR>")]
        [Description("The built site. Default: _site")]
        public string Site { get; init; } = "_site";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        var problems = SiteChecker.Check(settings.Site);
        foreach (var problem in problems)
        {
            terminal.Out.WriteLine(problem.ToString());
        }

        var pages = Directory.EnumerateFiles(settings.Site, "*.html", SearchOption.AllDirectories).Count();
        terminal.Ansi.MarkupLine(problems.Count == 0
            ? $"[green]{pages} pages checked: no problems[/]"
            : $"[red]{pages} pages checked: {problems.Count} problem(s)[/]");
        return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
