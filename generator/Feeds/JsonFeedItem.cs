using System.Text.Json.Serialization;

namespace Steady.Feeds;

/// <summary>A JSON Feed 1.1 item; <c>_steady</c> carries the machine-readable facts (a JSON Feed extension).</summary>
public sealed record JsonFeedItem(
    string Id,
    string Url,
    string? ExternalUrl,
    string Title,
    string ContentHtml,
    string ContentText,
    string Summary,
    string DatePublished,
    string DateModified,
    IReadOnlyList<string> Tags,
    [property: JsonPropertyName("_steady")] FeedItemFacts Steady);
