namespace Steady.Feeds;

/// <summary>One feed: written to <c>&lt;Stem&gt;.xml</c>, <c>.atom</c> and <c>.json</c>.</summary>
/// <param name="Stem">Site path without extension, e.g. <c>feeds/changes</c>.</param>
/// <param name="HomePath">Site path of the HTML page the feed follows.</param>
/// <param name="Updated">The newest item's date: the feed's date comes from the data, never from the clock.</param>
public sealed record FeedDocument(
    string Stem,
    string Id,
    string Title,
    string Description,
    string HomePath,
    DateOnly Updated,
    IReadOnlyList<FeedItem> Items);
