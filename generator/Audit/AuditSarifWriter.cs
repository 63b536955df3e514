using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Steady.Audit.Sarif;
using Steady.Text;

namespace Steady.Audit;

/// <summary>
/// Writes an audit report as SARIF 2.1.0 for GitHub code scanning: one rule per caution level
/// (<c>steady-caution-elevated</c> as a warning, <c>steady-caution-high</c> as an error) and one result per
/// matched dependency under caution, located in the SBOM file, with the project's page in the message.
/// </summary>
public static class AuditSarifWriter
{
    /// <summary>The schema URI written in <c>$schema</c>.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        NewLine = "\n",

        // The output is a file for tools, never embedded in HTML: keep quotes and non-ASCII readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = SarifJsonContext.Default,
    };

    private static readonly SarifReportingDescriptor[] Rules =
    [
        Rule(
            "steady-caution-elevated",
            "DependencyUnderElevatedCaution",
            "warning",
            "5.0",
            "A dependency's project is under elevated downstream caution.",
            "The Steady registry lists this dependency's project under elevated caution: its maintainers are on a break, "
            + "looking for a successor, handing over, gone or unresponsive, a maintainer joined recently, or a release came "
            + "from someone who is neither a maintainer nor a steward with release power."),
        Rule(
            "steady-caution-high",
            "DependencyUnderHighCaution",
            "error",
            "8.0",
            "A dependency's project is under high downstream caution.",
            "The Steady registry lists this dependency's project under high caution: a recent incident without an all-clear."),
    ];

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(AuditReport report, TextWriter output)
    {
        output.Write(JsonSerializer.Serialize(ToLog(report), Options.TypeInfo<SarifLog>()));
        output.Write('\n');
    }

    /// <summary>The SARIF log of <paramref name="report"/>.</summary>
    public static SarifLog ToLog(AuditReport report)
    {
        var results = report.Matches
            .Where(m => m.Entry.Caution != AuditCautionLevel.None)
            .Select(m => ToResult(m, report.Sbom.Source))
            .ToList();
        var driver = new SarifToolComponent("steady", report.ToolVersion, Rules);
        return new SarifLog(SchemaUri, "2.1.0", [new SarifRun(new SarifTool(driver), results)]);
    }

    private static SarifResult ToResult(AuditMatch match, string source)
    {
        var entry = match.Entry;
        var ruleIndex = entry.Caution == AuditCautionLevel.High ? 1 : 0;
        var rule = Rules[ruleIndex];
        var dependency = AuditText.Clip(match.Dependency.Display, 200);
        var location = new SarifLocation(new SarifPhysicalLocation(
            new SarifArtifactLocation(UriReference(source)),
            new SarifRegion(match.Dependency.Line ?? 1)));
        var fingerprint = $"{entry.Slug}|{match.Dependency.Purl?.VersionlessKey ?? match.Dependency.Name}";
        return new SarifResult(
            rule.Id,
            ruleIndex,
            rule.DefaultConfiguration.Level,
            new SarifMessage(Message(match, dependency)),
            [location],
            new Dictionary<string, string> { ["steadyProject/v1"] = fingerprint },
            new SarifResultProperties(
                entry.Slug,
                entry.Url,
                entry.State,
                AuditNames.Of(entry.Caution),
                dependency,
                AuditNames.Of(match.Kind),
                match.MatchedOn));
    }

    private static string Message(AuditMatch match, string dependency)
    {
        var entry = match.Entry;
        var text = $"{dependency} belongs to {AuditText.Clip(entry.Name, 100)}, which the Steady registry lists as "
            + $"{AuditText.Clip(entry.State, 40)} under {AuditNames.Of(entry.Caution)} caution";
        if (entry.CautionReasons.Count > 0)
        {
            text += ": " + AuditText.Clip(string.Join("; ", entry.CautionReasons), 500);
        }

        text += ".";
        if (entry.InterimStewards.Count > 0)
        {
            text += " Interim stewards: " + AuditText.Clip(AuditTextWriter.Stewards(entry), 300) + ".";
        }

        if (entry.HelpWanted.Count > 0)
        {
            text += " Help wanted: " + AuditText.Clip(string.Join(", ", entry.HelpWanted.Select(h => h.Kind).Distinct(StringComparer.Ordinal)), 200) + ".";
        }

        return text + $" Review new releases with extra care: {AuditText.Clip(entry.Url, 300)}";
    }

    /// <summary>The SBOM path as a URI reference: '/'-separated, each segment percent-encoded.</summary>
    internal static string UriReference(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static SarifReportingDescriptor Rule(string id, string name, string level, string severity, string summary, string description) =>
        new(
            id,
            name,
            new SarifMultiformatMessage(summary),
            new SarifMultiformatMessage(description),
            new SarifMultiformatMessage(
                "Read the project's page (linked in the result) for the state, the reasons, the interim stewards and their powers, "
                + "and review new releases of this dependency with extra care until the caution is lifted.",
                "Read the project's page (linked in the result) for the state, the reasons, the interim stewards and their powers, "
                + "and **review new releases of this dependency with extra care** until the caution is lifted."),
            new SarifReportingConfiguration(level),
            new SarifRuleProperties(["security", "supply-chain", "steady"], severity));
}

/// <summary>Serialization code for the SARIF log, made at compile time with the writer's settings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    NewLine = "\n")]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class SarifJsonContext : JsonSerializerContext;
