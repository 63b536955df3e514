namespace Steady.Audit.Json;

/// <summary>The SBOM in the JSON report.</summary>
/// <param name="Path">The path as given.</param>
/// <param name="Format"><c>cyclonedx</c>, <c>spdx</c> or <c>purl-list</c>.</param>
/// <param name="SpecVersion">The format version, or null for a purl list.</param>
public sealed record AuditJsonSbom(string Path, string Format, string? SpecVersion);
