using System.Text;
using System.Text.RegularExpressions;

namespace Steady.Audit;

/// <summary>
/// Writes an audit report as GitHub-flavoured Markdown sized for a pull request comment: a summary,
/// a table of matched dependencies (cut before GitHub's comment limit) and the warnings, folded.
/// Every value is escaped; steward handles are links, not @mentions, so nobody is pinged.
/// </summary>
public static partial class AuditMarkdownWriter
{
    /// <summary>Characters of table rows written before the rest is summarised (GitHub comments hold 65,536).</summary>
    public const int RowBudget = 50_000;

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(AuditReport report, TextWriter output)
    {
        var text = new StringBuilder();
        text.Append("## Steady audit\n\n");
        text.Append($"{MarkdownText.Code(report.Sbom.Source, 200)} ({MarkdownText.Cell(report.Sbom.FormatDisplay)}): **{report.Summary}**.\n\n");
        text.Append(Verdict(report)).Append("\n\n");

        if (report.Matches.Count > 0)
        {
            text.Append("| Caution | Dependency | Project | State | Why | Interim stewards | Help wanted | Match |\n");
            text.Append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
            var written = 0;
            foreach (var match in report.Matches)
            {
                var row = Row(match);
                if (text.Length + row.Length > RowBudget)
                {
                    break;
                }

                text.Append(row);
                written++;
            }

            if (written < report.Matches.Count)
            {
                var rest = report.Matches.Count - written;
                text.Append($"\n{rest} more {AuditTextWriter.Plural(rest, "match is", "matches are")} not shown; run `steady audit --format json` for all.\n");
            }

            text.Append('\n');
        }

        if (report.Sbom.Warnings.Count > 0)
        {
            var count = report.Sbom.Warnings.Count;
            text.Append($"<details><summary>{count} {AuditTextWriter.Plural(count, "warning", "warnings")}</summary>\n\n");
            foreach (var warning in report.Sbom.Warnings.Take(100))
            {
                text.Append($"- {MarkdownText.Code(warning.Location, 100)}: {MarkdownText.Cell(warning.Message)}\n");
            }

            if (count > 100)
            {
                text.Append($"- and {count - 100} more\n");
            }

            text.Append("\n</details>\n\n");
        }

        text.Append($"<sub>steady {MarkdownText.Cell(report.ToolVersion, 40)}</sub>\n");
        output.Write(text.ToString());
    }

    private static string Verdict(AuditReport report)
    {
        var failOn = AuditNames.Of(report.FailOn);
        if (report.FailOn == AuditFailOn.Never)
        {
            return "Caution is reported only (`--fail-on never`).";
        }

        return report.Fails
            ? $":x: **Fails** with `--fail-on {failOn}`: {report.FailingCount} {AuditTextWriter.Plural(report.FailingCount, "dependency", "dependencies")} at or above {failOn} caution. Review their new releases with extra care."
            : $":white_check_mark: **Passes** with `--fail-on {failOn}`: no dependency at or above {failOn} caution.";
    }

    private static string Row(AuditMatch match)
    {
        var entry = match.Entry;
        var caution = entry.Caution == AuditCautionLevel.None ? "none" : $"**{AuditNames.Of(entry.Caution)}**";
        var why = entry.CautionReasons.Count == 0 ? string.Empty : MarkdownText.Cell(string.Join("; ", entry.CautionReasons), 500);
        var stewards = string.Join(", ", entry.InterimStewards.Select(Steward));
        var help = string.Join(", ", entry.HelpWanted.Select(h => MarkdownText.Cell(h.Kind, 40)).Distinct(StringComparer.Ordinal));
        return $"| {caution} | {MarkdownText.Code(match.Dependency.Display, 200)} | {MarkdownText.Link(entry.Name, entry.Url)} | "
            + $"{MarkdownText.Cell(entry.State, 40)} | {why} | {stewards} | {help} | {AuditNames.Of(match.Kind)} |\n";
    }

    private static string Steward(AuditSteward steward)
    {
        var name = GithubHandle().IsMatch(steward.Github)
            ? $"[{steward.Github}](https://github.com/{steward.Github})"
            : MarkdownText.Cell(steward.Github, 40);
        return steward.Powers.Count == 0 ? name : $"{name} ({MarkdownText.Cell(string.Join(", ", steward.Powers), 80)})";
    }

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$")]
    private static partial Regex GithubHandle();
}
