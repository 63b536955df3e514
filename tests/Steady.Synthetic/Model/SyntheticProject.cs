namespace Steady.Synthetic.Model;

/// <summary>One generated project entry, with every field of the registry format.</summary>
public sealed record SyntheticProject(
    string Slug,
    string Name,
    string Summary,
    string Repository,
    string Homepage,
    IReadOnlyList<string> Ecosystems,
    IReadOnlyList<string> Packages,
    string Criticality,
    IReadOnlyList<SyntheticMaintainer> Maintainers,
    SyntheticStatus Status,
    IReadOnlyList<SyntheticInterimSteward> InterimStewards,
    IReadOnlyList<SyntheticHelpWanted> HelpWanted,
    string? Caution,
    SyntheticFunding Funding,
    IReadOnlyList<SyntheticEvent> History,
    IReadOnlyList<string> Sources);
