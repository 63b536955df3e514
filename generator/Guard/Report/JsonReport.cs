using System.Text.Json;
using System.Text.Json.Serialization;

namespace Steady.Guard.Report;

/// <summary>The report as JSON for tools: snake_case keys, kebab-case enum values, Markdown in text fields.</summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter w, GuardReport report)
    {
        w.WriteLine(JsonSerializer.Serialize(new
        {
            schema_version = 1,
            report.Decision,
            Exit_code = report.ExitCode,
            report.BaseCommit,
            report.CompareCommit,
            report.HeadCommit,
            PullRequest = report.PullRequest is { } p ? new { p.Repository, p.Number } : null,
            report.Author,
            report.Approvals,
            report.IgnoredApprovals,
            report.StewardCount,
            report.AdminFallback,
            report.Changes,
            report.Checks,
            report.Flags,
        }, Options));
    }
}
