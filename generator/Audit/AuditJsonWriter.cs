using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Steady.Audit.Json;
using Steady.Text;

namespace Steady.Audit;

/// <summary>Writes an audit report as JSON (snake_case, indented, <c>\n</c> line ends) for tools.</summary>
public static class AuditJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NewLine = "\n",

        // The output is a file for tools, never embedded in HTML: keep quotes and non-ASCII readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = AuditJsonContext.Default,
    };

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(AuditReport report, TextWriter output)
    {
        output.Write(JsonSerializer.Serialize(ToDocument(report), Options.TypeInfo<AuditJsonDocument>()));
        output.Write('\n');
    }

    /// <summary>The JSON document of <paramref name="report"/>.</summary>
    public static AuditJsonDocument ToDocument(AuditReport report)
    {
        var sbom = report.Sbom;
        return new AuditJsonDocument(
            1,
            $"steady {report.ToolVersion}",
            new AuditJsonSbom(sbom.Source, AuditNames.Of(sbom.Format), sbom.SpecVersion),
            new AuditJsonSummary(
                report.DependencyCount,
                report.MatchedCount,
                report.UnderCautionCount,
                report.Matches.Count(m => m.Entry.Caution == AuditCautionLevel.High),
                report.Matches.Count(m => m.Entry.Caution == AuditCautionLevel.Elevated),
                report.FailingCount),
            AuditNames.Of(report.FailOn),
            report.Fails,
            report.Matches.Select(ToMatch).ToList(),
            sbom.Warnings);
    }

    private static AuditJsonMatch ToMatch(AuditMatch match)
    {
        var d = match.Dependency;
        var e = match.Entry;
        return new AuditJsonMatch(
            new AuditJsonDependency(d.Name, d.Version, d.Purl?.ToString(), d.Repository, d.Location),
            new AuditJsonProject(e.Slug, e.Name, e.Url, e.State, AuditNames.Of(e.Caution), e.CautionReasons, e.InterimStewards, e.HelpWanted),
            AuditNames.Of(match.Kind),
            match.MatchedOn);
    }
}

/// <summary>Serialization code for the audit's JSON report, made at compile time with the writer's settings.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true, NewLine = "\n")]
[JsonSerializable(typeof(AuditJsonDocument))]
internal sealed partial class AuditJsonContext : JsonSerializerContext;
