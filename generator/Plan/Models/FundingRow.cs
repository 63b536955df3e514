namespace Steady.Plan.Models;

/// <summary>
/// A project on the funding page. Its funding view is made each time it is read (the page reads it once per row), so
/// that the page of a large registry never holds every project's funding texts at once.
/// </summary>
public sealed class FundingRow(ProjectRow project, Func<FundingView> funding)
{
    public ProjectRow Project => project;

    public FundingView Funding => funding();
}
