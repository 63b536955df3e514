namespace Steady.Plan.Models;

/// <summary>A project as listed in tables (all projects, a state, an ecosystem, caution, help wanted).</summary>
public sealed record ProjectRow(
    string Slug,
    string Name,
    string Url,
    string Summary,
    StateView State,
    string Since,
    string? Until,
    string Caution,
    string CautionLabel,
    string Criticality,
    IReadOnlyList<LinkView> Ecosystems,
    string EcosystemKeys,
    IReadOnlyList<string> Packages,
    bool NeedsHelp,
    IReadOnlyList<string> NeedsHelpReasons,
    IReadOnlyList<string> HelpKinds,
    IReadOnlyList<string> CautionReasons,
    bool Stale)
{
    /// <summary>The packages as one space-separated text, for the table's filter; made when a table is rendered.</summary>
    public string PackageKeys => string.Join(' ', Packages);
}
