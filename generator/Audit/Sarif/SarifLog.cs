using System.Text.Json.Serialization;

namespace Steady.Audit.Sarif;

/// <summary>A SARIF 2.1.0 log (the <c>sarifLog</c> object).</summary>
/// <param name="Schema">The schema URI.</param>
/// <param name="Version">Always <c>2.1.0</c>.</param>
/// <param name="Runs">The runs; one for an audit.</param>
public sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRun> Runs);
