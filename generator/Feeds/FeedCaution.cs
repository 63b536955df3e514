namespace Steady.Feeds;

/// <summary>A project's current downstream caution as carried in caution and help-wanted items.</summary>
public sealed record FeedCaution(string Level, DateOnly? Since, IReadOnlyList<string> Reasons);
