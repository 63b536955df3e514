namespace Steady.Audit.Json;

/// <summary>The counts of the JSON report.</summary>
/// <param name="Dependencies">Dependencies read.</param>
/// <param name="Matched">Dependencies matched to a registry project.</param>
/// <param name="UnderCaution">Matched dependencies under elevated or high caution.</param>
/// <param name="High">Matched dependencies under high caution.</param>
/// <param name="Elevated">Matched dependencies under elevated caution.</param>
/// <param name="Failing">Matched dependencies that reach the <c>--fail-on</c> level.</param>
public sealed record AuditJsonSummary(int Dependencies, int Matched, int UnderCaution, int High, int Elevated, int Failing);
