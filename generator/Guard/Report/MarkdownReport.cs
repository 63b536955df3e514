namespace Steady.Guard.Report;

/// <summary>
/// The report as Markdown for a pull request comment. Every value that came from the pull request is a code span,
/// so it can neither mention people nor render as a link or HTML.
/// </summary>
public static class MarkdownReport
{
    public static void Write(TextWriter w, GuardReport report)
    {
        var icon = report.Decision switch
        {
            GuardDecision.Allowed => "✅",
            GuardDecision.NeedsApproval => "⏳",
            _ => "⛔",
        };
        w.WriteLine($"## {icon} Steady guard: {GuardReportFormat.Name(report.Decision)}");
        w.WriteLine();
        w.WriteLine(GuardReportFormat.Meaning(report));
        w.WriteLine();
        var pr = report.PullRequest is { } p ? $"pull request {SafeMarkdown.Code(p.ToString())} · " : "";
        w.WriteLine($"- {pr}base {SafeMarkdown.Code(ReviewFilter.Short(report.BaseCommit))} → head {SafeMarkdown.Code(ReviewFilter.Short(report.HeadCommit))}");
        w.WriteLine($"- {GuardReportFormat.AuthorLine(report.Author)}");
        w.WriteLine($"- approvals counted: {(report.Approvals.Count == 0 ? "none" : string.Join(", ", report.Approvals.Select(SafeMarkdown.Code)))}");
        foreach (var ignored in report.IgnoredApprovals)
        {
            w.WriteLine($"- approval not counted: {SafeMarkdown.Code(ignored.Login)}: {ignored.Reason}");
        }

        w.WriteLine($"- stewards at the base: {report.StewardCount}{(report.AdminFallback ? " (fewer than two: repository admins stand in)" : "")}");
        w.WriteLine();

        w.WriteLine("### What changed");
        w.WriteLine();
        if (report.Changes.Count == 0)
        {
            w.WriteLine("Nothing.");
            w.WriteLine();
        }

        foreach (var subject in report.Changes)
        {
            var file = subject.File.Length == 0 || subject.File == subject.Subject ? "" : $" · {SafeMarkdown.Code(subject.File)}";
            w.WriteLine(subject.File.Length == 0 ? $"**{subject.Subject}**" : $"**{SafeMarkdown.Code(subject.Subject)}**{file}");
            w.WriteLine();
            foreach (var field in subject.Fields)
            {
                w.WriteLine($"- {ChangeAreas.Name(field.Area)}: {field.What}");
            }

            w.WriteLine();
        }

        w.WriteLine("### Rules");
        w.WriteLine();
        if (report.Checks.Count == 0)
        {
            w.WriteLine("No rule applies.");
            w.WriteLine();
        }

        foreach (var check in report.Checks)
        {
            var mark = check.Outcome switch
            {
                CheckOutcome.Satisfied => "✅",
                CheckOutcome.NeedsApproval => "⏳",
                _ => "⛔",
            };
            var because = string.Join(", ", check.Because.Select(SafeMarkdown.Code));
            w.WriteLine($"- {mark} **{GuardReportFormat.Name(check.Outcome)}** · `{check.Rule}` · {SafeMarkdown.Code(check.Subject)} ({because})");
            if (check.Requirement is { } requirement)
            {
                w.WriteLine($"  - who must sign off: {requirement}");
            }

            if (check.Outcome == CheckOutcome.Satisfied)
            {
                w.WriteLine($"  - signed off by {string.Join(", ", check.SatisfiedBy.Select(SafeMarkdown.Code))}");
            }
            else if (check.Missing is { } missing)
            {
                w.WriteLine($"  - {(check.Outcome == CheckOutcome.Refused ? "refused" : "missing")}: {missing}");
            }
        }

        w.WriteLine();
        if (report.Flags.Count > 0)
        {
            w.WriteLine("### Flags");
            w.WriteLine();
            foreach (var flag in report.Flags)
            {
                var mark = flag.Level switch
                {
                    FlagLevel.Error => "⛔",
                    FlagLevel.Warning => "⚠️",
                    _ => "ℹ️",
                };
                w.WriteLine($"- {mark} {flag.Message} (`{flag.Rule}`)");
            }

            w.WriteLine();
        }

        w.WriteLine("<sub>Checked by `steady guard`. Roles are read at the base; approvals count only on the head commit. The rule ids are explained on the registry's policy page.</sub>");
    }
}
