namespace Steady.Feeds;

/// <summary>
/// Site paths of the feeds, for the feed writers and for the pages that advertise them
/// (<c>&lt;link rel="alternate"&gt;</c> in the HTML head).
/// </summary>
public static class FeedPaths
{
    public const string Changes = "feeds/changes";
    public const string Caution = "feeds/caution";
    public const string HelpWanted = "feeds/help-wanted";
    public const string Calendar = "feeds/calendar.ics";

    public static readonly IReadOnlyList<FeedFormat> Formats = [FeedFormat.Rss, FeedFormat.Atom, FeedFormat.Json];

    /// <summary>The path of a project's feed without extension: <c>projects/&lt;slug&gt;/feed</c>.</summary>
    public static string Project(string slug) => $"projects/{slug}/feed";

    /// <summary>The file of a feed in one format: <c>feeds/changes</c> → <c>feeds/changes.atom</c>.</summary>
    public static string File(string stem, FeedFormat format) => stem + Extension(format);

    public static string Extension(FeedFormat format) => format switch
    {
        FeedFormat.Rss => ".xml",
        FeedFormat.Atom => ".atom",
        _ => ".json",
    };

    /// <summary>The media type used in <c>type</c> attributes of links to the feed.</summary>
    public static string MediaType(FeedFormat format) => format switch
    {
        FeedFormat.Rss => "application/rss+xml",
        FeedFormat.Atom => "application/atom+xml",
        _ => "application/feed+json",
    };
}
