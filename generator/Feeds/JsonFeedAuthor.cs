namespace Steady.Feeds;

/// <summary>A JSON Feed author.</summary>
public sealed record JsonFeedAuthor(string Name, string Url);
