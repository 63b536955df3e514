namespace Steady.Enrich;

/// <summary>The latest published release of a repository: its tag, when it was published and the account that published it.</summary>
public sealed record LatestRelease(string Tag, DateTimeOffset? PublishedAt, string? Author);
