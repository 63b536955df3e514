namespace Steady.Plan.Models;

/// <summary>The home page: counts by state, who needs help now, what to review with care, the latest changes.</summary>
public sealed record HomeModel(
    int Total,
    IReadOnlyList<BarSegment> States,
    IReadOnlyList<ProjectRow> NeedsHelp,
    int NeedsHelpTotal,
    IReadOnlyList<ProjectRow> Caution,
    int CautionTotal,
    IReadOnlyList<EventView> Changes,
    int ChangesTotal,
    string ProjectsUrl,
    string HelpWantedUrl,
    string CautionUrl,
    string ChangesUrl);
