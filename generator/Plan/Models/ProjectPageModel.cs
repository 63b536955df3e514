namespace Steady.Plan.Models;

/// <summary>Everything the page of one project shows.</summary>
public sealed record ProjectPageModel(
    ProjectRow Row,
    string? Repository,
    string? RepositoryText,
    string? Homepage,
    string? HomepageText,
    string Reviewed,
    string? Reason,
    LinkView? Successor,
    string? CautionSince,
    IReadOnlyList<ReasonView> CautionReasons,
    IReadOnlyList<PersonView> Maintainers,
    IReadOnlyList<InterimStewardView> Stewards,
    IReadOnlyList<HelpView> HelpWanted,
    FundingView? Funding,
    IReadOnlyList<EventView> History,
    IReadOnlyList<string> Packages,
    IReadOnlyList<LinkView> Sources,
    IReadOnlyList<string> Notes,
    string EditUrl,
    string HistoryUrl,
    BadgeView Badge,
    IReadOnlyList<FeedLink> Feeds,
    string ApiUrl);
