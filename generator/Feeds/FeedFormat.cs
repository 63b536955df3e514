namespace Steady.Feeds;

/// <summary>The three formats every feed is written in.</summary>
public enum FeedFormat
{
    /// <summary>RSS 2.0, <c>.xml</c>.</summary>
    Rss,

    /// <summary>Atom 1.0, <c>.atom</c>.</summary>
    Atom,

    /// <summary>JSON Feed 1.1, <c>.json</c>.</summary>
    Json,
}
