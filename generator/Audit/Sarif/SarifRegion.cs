namespace Steady.Audit.Sarif;

/// <summary>The <c>region</c> object.</summary>
/// <param name="StartLine">The 1-based line.</param>
public sealed record SarifRegion(int StartLine);
