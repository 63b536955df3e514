namespace Steady.Audit.Json;

/// <summary>A registry project in the JSON report.</summary>
/// <param name="Slug">The project's slug.</param>
/// <param name="Name">The project's name.</param>
/// <param name="Url">The project's page.</param>
/// <param name="State">The primary state.</param>
/// <param name="Caution"><c>none</c>, <c>elevated</c> or <c>high</c>.</param>
/// <param name="CautionReasons">Why.</param>
/// <param name="InterimStewards">Interim stewards and their powers.</param>
/// <param name="HelpWanted">Open calls for help.</param>
public sealed record AuditJsonProject(
    string Slug,
    string Name,
    string Url,
    string State,
    string Caution,
    IReadOnlyList<string> CautionReasons,
    IReadOnlyList<AuditSteward> InterimStewards,
    IReadOnlyList<AuditHelpWanted> HelpWanted);
