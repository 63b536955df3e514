namespace Steady.Audit.Sarif;

/// <summary>The <c>location</c> object.</summary>
/// <param name="PhysicalLocation">The file and region.</param>
public sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation);
