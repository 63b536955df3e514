using System.Text.Json;
using System.Text.Json.Serialization;
using Steady.Text;

namespace Steady.Guard.Report;

/// <summary>The report as JSON for tools: snake_case keys, kebab-case enum values, Markdown in text fields.</summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { Kebab<GuardDecision>(), Kebab<CheckOutcome>(), Kebab<FlagLevel>(), Kebab<ChangeArea>(), Kebab<ChangeTags>() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = GuardJsonContext.Default,
    };

    /// <summary>Whether values of <paramref name="enumType"/> are written as kebab-case text; every enum of the document must be.</summary>
    internal static bool WritesAsKebabText(Type enumType) => Options.Converters.Any(c => c.CanConvert(enumType));

    public static void Write(TextWriter w, GuardReport report) =>
        w.WriteLine(JsonSerializer.Serialize(Document(report), Options.TypeInfo<GuardJsonDocument>()));

    internal static GuardJsonDocument Document(GuardReport report) => new(
        1,
        report.Decision,
        report.ExitCode,
        report.BaseCommit,
        report.CompareCommit,
        report.HeadCommit,
        report.PullRequest,
        report.Author,
        report.Approvals,
        report.IgnoredApprovals,
        report.StewardCount,
        report.AdminFallback,
        report.Changes,
        report.Checks,
        report.Flags);

    private static JsonStringEnumConverter<T> Kebab<T>()
        where T : struct, Enum => new(JsonNamingPolicy.KebabCaseLower);
}

/// <summary>The guard's JSON report, key by key in the order written (<c>schema_version</c> first).</summary>
internal sealed record GuardJsonDocument(
    int SchemaVersion,
    GuardDecision Decision,
    int ExitCode,
    string BaseCommit,
    string CompareCommit,
    string HeadCommit,
    PullRequestRef? PullRequest,
    AuthorInfo Author,
    IReadOnlyList<string> Approvals,
    IReadOnlyList<IgnoredApproval> IgnoredApprovals,
    int StewardCount,
    bool AdminFallback,
    IReadOnlyList<SubjectChanges> Changes,
    IReadOnlyList<RuleCheck> Checks,
    IReadOnlyList<GuardFlag> Flags);

/// <summary>Serialization code for <see cref="GuardJsonDocument"/>, made at compile time.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(GuardJsonDocument))]
internal sealed partial class GuardJsonContext : JsonSerializerContext;
