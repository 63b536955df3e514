namespace Steady.Audit.Sarif;

/// <summary>The <c>toolComponent</c> object of the driver.</summary>
/// <param name="Name">The tool's name.</param>
/// <param name="Version">The tool's version.</param>
/// <param name="Rules">The rules results refer to by id and index.</param>
public sealed record SarifToolComponent(string Name, string Version, IReadOnlyList<SarifReportingDescriptor> Rules);
