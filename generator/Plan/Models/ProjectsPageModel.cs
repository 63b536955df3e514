namespace Steady.Plan.Models;

/// <summary>The list of all projects with the filter's choices; the full table is in the page.</summary>
public sealed record ProjectsPageModel(
    IReadOnlyList<ProjectRow> Rows,
    IReadOnlyList<FilterOption> States,
    IReadOnlyList<FilterOption> Cautions,
    IReadOnlyList<FilterOption> Ecosystems);
