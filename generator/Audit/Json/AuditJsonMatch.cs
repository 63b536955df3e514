namespace Steady.Audit.Json;

/// <summary>One matched dependency in the JSON report.</summary>
/// <param name="Dependency">The dependency from the SBOM.</param>
/// <param name="Project">The registry project it matched.</param>
/// <param name="Match"><c>exact</c>, <c>package</c> or <c>repository</c>.</param>
/// <param name="MatchedOn">The registry purl or repository URL that matched.</param>
public sealed record AuditJsonMatch(AuditJsonDependency Dependency, AuditJsonProject Project, string Match, string MatchedOn);
