using System.Globalization;
using Spectre.Console;
using Steady.Enrich;

namespace Steady.Cli.Commands;

/// <summary>The table printed at the end of <c>steady enrich</c>: every project's result and why, then the counts.</summary>
public static class EnrichSummary
{
    public static void Write(Terminal terminal, EnrichReport report)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Project").AddColumn("Repository").AddColumn("Result").AddColumn("Why");
        foreach (var o in report.Outcomes)
        {
            table.AddRow(new Spectre.Console.Text(o.Slug), new Spectre.Console.Text(o.Repository), new Spectre.Console.Text(Name(o.Kind), Colour(o.Kind)), new Spectre.Console.Text(o.Detail ?? ""));
        }

        if (report.Outcomes.Count > 0)
        {
            terminal.Ansi.Write(table);
        }

        var counts = string.Join(", ", new[]
            {
                (OutcomeKind.Updated, "updated"), (OutcomeKind.Unchanged, "unchanged"), (OutcomeKind.Failed, "failed"),
                (OutcomeKind.NotFetched, "not read"), (OutcomeKind.Skipped, "not on GitHub"),
            }
            .Select(k => (Count: report.Count(k.Item1), Label: k.Item2))
            .Where(k => k.Count > 0 || k.Label is "updated" or "failed")
            .Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Count} {k.Label}")));
        terminal.Ansi.MarkupLine($"[{(report.Succeeded ? "green" : "red")}]{Markup.Escape(counts)}[/]");
        if (report.StoppedBecause is { } why)
        {
            terminal.Ansi.MarkupLine($"[red]Stopped: {Markup.Escape(why)}[/]");
        }
    }

    public static string Name(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Updated => "updated",
        OutcomeKind.Unchanged => "unchanged",
        OutcomeKind.Failed => "failed",
        OutcomeKind.NotFetched => "not read",
        _ => "skipped",
    };

    private static Style Colour(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Updated => new Style(Color.Green),
        OutcomeKind.Failed or OutcomeKind.NotFetched => new Style(Color.Red),
        _ => Style.Plain,
    };
}
