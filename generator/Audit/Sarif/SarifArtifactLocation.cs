namespace Steady.Audit.Sarif;

/// <summary>The <c>artifactLocation</c> object.</summary>
/// <param name="Uri">A relative or absolute URI reference.</param>
public sealed record SarifArtifactLocation(string Uri);
