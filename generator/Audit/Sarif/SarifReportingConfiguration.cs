namespace Steady.Audit.Sarif;

/// <summary>The <c>reportingConfiguration</c> object.</summary>
/// <param name="Level"><c>note</c>, <c>warning</c> or <c>error</c>.</param>
public sealed record SarifReportingConfiguration(string Level);
