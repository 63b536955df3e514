namespace Steady.Audit.Sarif;

/// <summary>The <c>physicalLocation</c> object.</summary>
/// <param name="ArtifactLocation">The file.</param>
/// <param name="Region">The region in the file.</param>
public sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion Region);
