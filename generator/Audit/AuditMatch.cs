namespace Steady.Audit;

/// <summary>A dependency matched to a registry project.</summary>
/// <param name="Dependency">The dependency from the SBOM.</param>
/// <param name="Entry">The registry project.</param>
/// <param name="Kind">How they were matched.</param>
/// <param name="MatchedOn">The registry purl or normalised repository URL that matched.</param>
public sealed record AuditMatch(SbomDependency Dependency, AuditEntry Entry, AuditMatchKind Kind, string MatchedOn);
