using System.ComponentModel;
using Steady.Model;

namespace Steady.Api;

/// <summary>A project in <c>projects.json</c>: what a list needs, with links to the full entry.</summary>
public sealed record ApiProjectSummary(
    string Slug,
    string Name,
    string Summary,
    [property: Description("The project's page on the site.")] string Url,
    [property: Description("The project's full API file.")] string ApiUrl,
    string Repository,
    Criticality Criticality,
    ProjectState State,
    [property: Description("Date the state began.")] DateOnly StateSince,
    [property: Description("Expected return or review date.")] DateOnly? StateUntil,
    DateOnly Reviewed,
    [property: Description("Derived downstream caution.")] CautionLevel Caution,
    bool NeedsHelp,
    bool Stale,
    IReadOnlyList<string> Ecosystems,
    IReadOnlyList<string> Packages);
