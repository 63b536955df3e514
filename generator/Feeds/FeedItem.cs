namespace Steady.Feeds;

/// <summary>
/// One feed item, written alike in RSS, Atom and JSON Feed. Every text is already free of characters XML forbids;
/// <see cref="ContentHtml"/> is built from escaped registry text, so registry text always reads as text.
/// </summary>
/// <param name="ExternalUrl">The event's source or the project's repository, already in the normalised form
/// <see cref="System.Uri.AbsoluteUri"/> gives; absent when the address is not an http(s) URL.</param>
public sealed record FeedItem(
    string Id,
    string Slug,
    string Kind,
    DateOnly Date,
    string Title,
    string Summary,
    string ContentText,
    string ContentHtml,
    string Url,
    string? ExternalUrl,
    IReadOnlyList<string> Tags,
    FeedItemFacts Facts);
