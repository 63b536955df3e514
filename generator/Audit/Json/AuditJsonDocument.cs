namespace Steady.Audit.Json;

/// <summary>The JSON form of an audit report (<c>--format json</c>).</summary>
/// <param name="SchemaVersion">Version of this JSON shape; 1.</param>
/// <param name="Tool">The tool and its version.</param>
/// <param name="Sbom">The SBOM read.</param>
/// <param name="Summary">The counts.</param>
/// <param name="FailOn">The <c>--fail-on</c> level.</param>
/// <param name="Failed">True when the audit fails (exit code 1).</param>
/// <param name="Matches">The matched dependencies.</param>
/// <param name="Warnings">What was skipped in the SBOM.</param>
public sealed record AuditJsonDocument(
    int SchemaVersion,
    string Tool,
    AuditJsonSbom Sbom,
    AuditJsonSummary Summary,
    string FailOn,
    bool Failed,
    IReadOnlyList<AuditJsonMatch> Matches,
    IReadOnlyList<SbomWarning> Warnings);
