namespace Steady.Feeds;

/// <summary>An event chosen for a registry-wide feed: its date, its project's index and its index in that history.</summary>
internal readonly record struct FeedPick(DateOnly Date, int Project, int Event);
