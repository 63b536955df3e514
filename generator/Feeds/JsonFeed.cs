namespace Steady.Feeds;

/// <summary>A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/).</summary>
public sealed record JsonFeed(
    string Version,
    string Title,
    string HomePageUrl,
    string FeedUrl,
    string Description,
    string Language,
    IReadOnlyList<JsonFeedAuthor> Authors,
    IReadOnlyList<JsonFeedItem> Items)
{
    public const string Version11 = "https://jsonfeed.org/version/1.1";
}
