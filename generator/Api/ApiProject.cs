using System.ComponentModel;
using Steady.Model;

namespace Steady.Api;

/// <summary>Everything about one project: the entry as written and the signals derived from it.</summary>
public sealed record ApiProject(
    string Slug,
    string Name,
    string Summary,
    ApiLinks Links,
    string Repository,
    string? Homepage,
    IReadOnlyList<string> Ecosystems,
    [property: Description("Package URLs (purl) of the project's packages, as written in the entry.")] IReadOnlyList<string> Packages,
    Criticality Criticality,
    IReadOnlyList<ApiMaintainer> Maintainers,
    ApiStatus Status,
    IReadOnlyList<ApiInterimSteward> InterimStewards,
    IReadOnlyList<ApiHelpWanted> HelpWanted,
    [property: Description("Caution declared in the entry; the derived caution is in signals.")] ApiDeclaredCaution? DeclaredCaution,
    ApiFunding? Funding,
    [property: Description("Events, oldest first; id is the event's feed item id.")] IReadOnlyList<ApiHistoryEvent> History,
    IReadOnlyList<string> Sources,
    ApiSignals Signals);
