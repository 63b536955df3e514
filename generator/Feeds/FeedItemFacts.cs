namespace Steady.Feeds;

/// <summary>The machine-readable facts of an item, written as the <c>_steady</c> extension of JSON Feed items.</summary>
public sealed record FeedItemFacts(
    string Slug,
    string Kind,
    string? State = null,
    string? Github = null,
    string? Caution = null,
    string? CautionChange = null,
    FeedCaution? ProjectCaution = null,
    IReadOnlyList<string>? HelpWanted = null);
