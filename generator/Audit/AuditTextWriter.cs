using System.Globalization;

namespace Steady.Audit;

/// <summary>Writes an audit report as a plain-text table for a terminal or CI log.</summary>
public static class AuditTextWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(AuditReport report, TextWriter output)
    {
        output.Write($"Steady audit of {AuditText.Clip(report.Sbom.Source, 200)} ({report.Sbom.FormatDisplay})\n\n");
        if (report.Matches.Count == 0)
        {
            output.Write("No dependency matched a project in the registry.\n");
        }
        else
        {
            WriteTable(report.Matches, output);
        }

        if (report.Sbom.Warnings.Count > 0)
        {
            output.Write('\n');
            foreach (var warning in report.Sbom.Warnings)
            {
                output.Write($"warning: {warning.Location}: {AuditText.Clip(warning.Message, 300)}\n");
            }
        }

        output.Write($"\n{report.Summary}\n");
        output.Write(Verdict(report) + "\n");
    }

    /// <summary>The closing line: whether the audit fails and why.</summary>
    internal static string Verdict(AuditReport report)
    {
        var failOn = AuditNames.Of(report.FailOn);
        if (report.FailOn == AuditFailOn.Never)
        {
            return "OK: caution is reported only (--fail-on never)";
        }

        return report.Fails
            ? string.Create(CultureInfo.InvariantCulture, $"FAIL: {report.FailingCount} {Plural(report.FailingCount, "dependency", "dependencies")} at or above {failOn} caution (--fail-on {failOn})")
            : $"OK: no dependency at or above {failOn} caution (--fail-on {failOn})";
    }

    private static void WriteTable(IReadOnlyList<AuditMatch> matches, TextWriter output)
    {
        var stateWidth = Math.Max(5, matches.Max(m => Cell(m.Entry.State, 20).Length));
        var projectWidth = Math.Max(7, matches.Max(m => Cell(m.Entry.Slug, 40).Length));
        var row = (string caution, string state, string project, string match, string dependency) =>
            $"{caution,-8}  {state.PadRight(stateWidth)}  {project.PadRight(projectWidth)}  {match,-10}  {dependency}".TrimEnd() + "\n";
        var indent = new string(' ', 10);

        output.Write(row("CAUTION", "STATE", "PROJECT", "MATCH", "DEPENDENCY"));
        foreach (var match in matches)
        {
            var entry = match.Entry;
            output.Write(row(
                AuditNames.Of(entry.Caution),
                Cell(entry.State, 20),
                Cell(entry.Slug, 40),
                AuditNames.Of(match.Kind),
                Cell(match.Dependency.Display, 200)));
            if (entry.CautionReasons.Count > 0)
            {
                output.Write($"{indent}why: {Cell(string.Join("; ", entry.CautionReasons), 400)}\n");
            }

            if (entry.InterimStewards.Count > 0)
            {
                output.Write($"{indent}interim stewards: {Cell(Stewards(entry), 300)}\n");
            }

            if (entry.HelpWanted.Count > 0)
            {
                output.Write($"{indent}help wanted: {Cell(string.Join("; ", entry.HelpWanted.Select(h => $"{h.Kind} ({h.Summary})")), 400)}\n");
            }

            output.Write($"{indent}matched on: {Cell(match.MatchedOn, 200)}\n");
            output.Write($"{indent}{Cell(entry.Url, 300)}\n");
        }
    }

    internal static string Stewards(AuditEntry entry) =>
        string.Join(", ", entry.InterimStewards.Select(s => s.Powers.Count == 0 ? s.Github : $"{s.Github} ({string.Join(", ", s.Powers)})"));

    internal static string Plural(int count, string one, string many) => count == 1 ? one : many;

    private static string Cell(string text, int max) => AuditText.Clip(text, max);
}
