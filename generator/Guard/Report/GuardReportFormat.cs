namespace Steady.Guard.Report;

/// <summary>The output formats of <c>steady guard</c>.</summary>
public static class GuardReportFormat
{
    public static readonly IReadOnlyList<string> Names = ["text", "github", "markdown", "json"];

    public static bool IsKnown(string format) => Names.Contains(format);

    public static void Write(TextWriter writer, string format, GuardReport report)
    {
        switch (format)
        {
            case "github":
                GithubAnnotations.Write(writer, report);
                break;
            case "markdown":
                MarkdownReport.Write(writer, report);
                break;
            case "json":
                JsonReport.Write(writer, report);
                break;
            default:
                TextReport.Write(writer, report);
                break;
        }
    }

    /// <summary>How a decision is named in every format.</summary>
    public static string Name(GuardDecision decision) => decision switch
    {
        GuardDecision.Allowed => "allowed",
        GuardDecision.NeedsApproval => "needs approval",
        _ => "refused",
    };

    public static string Name(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Satisfied => "satisfied",
        CheckOutcome.NeedsApproval => "needs approval",
        _ => "refused",
    };

    /// <summary>One sentence on what the decision means for the pull request.</summary>
    public static string Meaning(GuardReport report)
    {
        var open = report.Checks.Count(c => c.Outcome == CheckOutcome.NeedsApproval);
        var refused = report.Checks.Count(c => c.Outcome == CheckOutcome.Refused);
        return report.Decision switch
        {
            GuardDecision.Allowed => "Every rule that applies is satisfied.",
            GuardDecision.NeedsApproval => $"{open} rule(s) still need approval: the approvals listed as missing must be given on the head commit.",
            _ => $"{refused} rule(s) refuse this change: it must be corrected; approvals cannot lift a refusal.",
        };
    }

    /// <summary>The author line shared by the text and Markdown reports.</summary>
    public static string AuthorLine(AuthorInfo author)
    {
        var age = author.AgeDays is { } days
            ? FormattableString.Invariant($"account created {author.Created:yyyy-MM-dd} ({days} days before the as-of date)")
            : "account age unknown";
        var roles = author.Roles.Count == 0 ? "none" : string.Join(", ", author.Roles);
        return $"author {SafeMarkdown.Code(author.Login)} · {age} · roles at the base: {roles}";
    }
}
