using System.Globalization;

namespace Steady.Guard.Report;

/// <summary>
/// The report as GitHub Actions workflow commands: an error for each refused rule, a warning for each rule that still
/// needs approval, flags at their own level, and the decision last.
/// </summary>
public static class GithubAnnotations
{
    public static void Write(TextWriter w, GuardReport report)
    {
        foreach (var check in report.Checks.Where(c => c.Outcome != CheckOutcome.Satisfied))
        {
            var level = check.Outcome == CheckOutcome.Refused ? "error" : "warning";
            var message = check.Requirement is null
                ? $"{check.Subject}: {check.Missing}"
                : $"{check.Subject}: {check.Missing}\nwho must sign off: {check.Requirement}";
            w.WriteLine($"::{level} {Location(check.File, check.Line)}title={Property($"steady guard: {check.Rule}")}::{Data(message)}");
        }

        foreach (var flag in report.Flags)
        {
            var level = flag.Level.ToString().ToLowerInvariant();
            w.WriteLine($"::{level} {Location(flag.File, flag.Line)}title={Property($"steady guard: {flag.Rule}")}::{Data(flag.Message)}");
        }

        var decision = report.Decision == GuardDecision.Allowed ? "notice" : "error";
        w.WriteLine($"::{decision} title=steady guard::{Data($"{GuardReportFormat.Name(report.Decision)}: {GuardReportFormat.Meaning(report)}")}");
    }

    private static string Location(string? file, int line) =>
        string.IsNullOrEmpty(file) ? "" : line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"file={Property(file)},line={line},")
            : $"file={Property(file)},";

    // GitHub's workflow command escaping: data escapes %, CR and LF; properties also escape : and ,.
    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
}
