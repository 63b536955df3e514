namespace Steady.Plan.Models;

/// <summary>What every page shares: the <c>site</c> object of the templates.</summary>
public sealed record SiteModel(
    string Title,
    string Description,
    string Language,
    string HomeUrl,
    string AsOf,
    string StyleUrl,
    string IconUrl,
    string ScriptUrl,
    string SearchUrl,
    string ApiUrl,
    string? Repository,
    IReadOnlyList<NavItem> Nav,
    IReadOnlyList<NavItem> More,
    IReadOnlyList<FeedLink> Feeds);
