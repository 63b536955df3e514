namespace Steady.Audit;

/// <summary>Something in an SBOM that was skipped but did not stop the audit, such as a purl that does not parse.</summary>
/// <param name="Location">A JSON path or <c>line N</c>.</param>
/// <param name="Message">One line saying what was skipped and why.</param>
public sealed record SbomWarning(string Location, string Message);
