namespace Steady.Derive;

/// <summary>
/// What <c>steady enrich</c> learned about a project from GitHub, as far as the signals need it.
/// Optional: a build without enrichment data says nothing about it.
/// </summary>
public sealed record Enrichment(
    bool? Archived,
    string? LatestReleaseTag,
    DateOnly? LatestReleaseDate,
    string? LatestReleaseAuthor,
    IReadOnlyList<string> FundingUrls);
