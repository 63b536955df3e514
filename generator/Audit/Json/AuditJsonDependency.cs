namespace Steady.Audit.Json;

/// <summary>A dependency in the JSON report.</summary>
/// <param name="Name">Name as the SBOM gives it.</param>
/// <param name="Version">Version, or null.</param>
/// <param name="Purl">Canonical purl, or null.</param>
/// <param name="Repository">Normalised repository URL, or null.</param>
/// <param name="Location">JSON path or line in the SBOM.</param>
public sealed record AuditJsonDependency(string Name, string? Version, string? Purl, string? Repository, string Location);
