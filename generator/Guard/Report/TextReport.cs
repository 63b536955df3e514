namespace Steady.Guard.Report;

/// <summary>The report as plain text for a terminal.</summary>
public static class TextReport
{
    public static void Write(TextWriter w, GuardReport report)
    {
        w.WriteLine($"steady guard: {GuardReportFormat.Name(report.Decision)}. {GuardReportFormat.Meaning(report)}");
        var pr = report.PullRequest is { } p ? $"pull request {p}, " : "";
        w.WriteLine($"{pr}base {ReviewFilter.Short(report.BaseCommit)}, head {ReviewFilter.Short(report.HeadCommit)}");
        w.WriteLine(GuardReportFormat.AuthorLine(report.Author));
        w.WriteLine($"approvals counted: {(report.Approvals.Count == 0 ? "none" : string.Join(", ", report.Approvals))}");
        foreach (var ignored in report.IgnoredApprovals)
        {
            w.WriteLine($"approval not counted: {ignored.Login}: {ignored.Reason}");
        }

        w.WriteLine("changes:");
        foreach (var subject in report.Changes)
        {
            w.WriteLine($"  {subject.Subject}{(subject.File.Length == 0 || subject.File == subject.Subject ? "" : $" ({subject.File})")}");
            foreach (var field in subject.Fields)
            {
                w.WriteLine($"    {ChangeAreas.Name(field.Area)}: {field.What}");
            }
        }

        w.WriteLine("rules:");
        foreach (var check in report.Checks)
        {
            w.WriteLine($"  {GuardReportFormat.Name(check.Outcome).ToUpperInvariant()} {check.Rule} {check.Subject} [{string.Join(", ", check.Because)}]");
            if (check.Requirement is { } requirement)
            {
                w.WriteLine($"    who must sign off: {requirement}");
            }

            w.WriteLine(check.Outcome == CheckOutcome.Satisfied
                ? $"    signed off by {string.Join(", ", check.SatisfiedBy)}"
                : $"    {(check.Outcome == CheckOutcome.Refused ? "refused" : "missing")}: {check.Missing}");
        }

        foreach (var flag in report.Flags)
        {
            w.WriteLine($"{flag.Level.ToString().ToLowerInvariant()}: {flag.Message} ({flag.Rule})");
        }
    }
}
