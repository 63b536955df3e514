namespace Steady.Audit.Sarif;

/// <summary>One run of the tool (the <c>run</c> object).</summary>
/// <param name="Tool">The tool that ran.</param>
/// <param name="Results">What it found.</param>
public sealed record SarifRun(SarifTool Tool, IReadOnlyList<SarifResult> Results);
