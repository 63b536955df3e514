namespace Steady.Audit.Sarif;

/// <summary>The <c>result</c> object: one dependency under caution.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="RuleIndex">The rule's index in the driver's rules.</param>
/// <param name="Level"><c>warning</c> or <c>error</c>.</param>
/// <param name="Message">What and why, with the project URL.</param>
/// <param name="Locations">The SBOM file (and line, for purl lists).</param>
/// <param name="PartialFingerprints">A stable identity across runs.</param>
/// <param name="Properties">The matched project, for tools.</param>
public sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifMessage Message,
    IReadOnlyList<SarifLocation> Locations,
    IReadOnlyDictionary<string, string> PartialFingerprints,
    SarifResultProperties Properties);
