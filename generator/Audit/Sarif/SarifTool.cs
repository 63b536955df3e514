namespace Steady.Audit.Sarif;

/// <summary>The <c>tool</c> object.</summary>
/// <param name="Driver">The tool's main component.</param>
public sealed record SarifTool(SarifToolComponent Driver);
