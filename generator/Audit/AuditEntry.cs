using Steady.Purl;

namespace Steady.Audit;

/// <summary>What <c>steady audit</c> knows of one registry project; built from the registry or its API.</summary>
/// <param name="Slug">The project's slug (file name, URL and API id).</param>
/// <param name="Name">The project's display name.</param>
/// <param name="Url">The absolute URL of the project's page on the site.</param>
/// <param name="Purls">The project's package URLs.</param>
/// <param name="Repository">The project's source repository URL, or null.</param>
/// <param name="State">The primary state (active, hiatus, seeking-successor, ...).</param>
/// <param name="Caution">The derived downstream caution.</param>
/// <param name="CautionReasons">Why the caution is what it is, one line each.</param>
/// <param name="InterimStewards">The interim stewards and their powers.</param>
/// <param name="HelpWanted">Open calls for help.</param>
public sealed record AuditEntry(
    string Slug,
    string Name,
    string Url,
    IReadOnlyList<PackageUrl> Purls,
    string? Repository,
    string State,
    AuditCautionLevel Caution,
    IReadOnlyList<string> CautionReasons,
    IReadOnlyList<AuditSteward> InterimStewards,
    IReadOnlyList<AuditHelpWanted> HelpWanted);
