namespace Steady.Audit.Sarif;

/// <summary>A rule (the <c>reportingDescriptor</c> object).</summary>
/// <param name="Id">The stable rule id.</param>
/// <param name="Name">The rule's name in PascalCase.</param>
/// <param name="ShortDescription">One line.</param>
/// <param name="FullDescription">A paragraph.</param>
/// <param name="Help">What to do about a result.</param>
/// <param name="DefaultConfiguration">The default level.</param>
/// <param name="Properties">Tags and GitHub's security severity.</param>
public sealed record SarifReportingDescriptor(
    string Id,
    string Name,
    SarifMultiformatMessage ShortDescription,
    SarifMultiformatMessage FullDescription,
    SarifMultiformatMessage Help,
    SarifReportingConfiguration DefaultConfiguration,
    SarifRuleProperties Properties);
