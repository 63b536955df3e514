namespace Steady.Api;

/// <summary>Where a project is published: its page, its API file, its feeds and its badge.</summary>
public sealed record ApiLinks(
    string Page,
    string Api,
    string FeedRss,
    string FeedAtom,
    string FeedJson,
    string BadgeSvg,
    string BadgeEndpoint);
