namespace Steady.Enrich;

/// <summary>
/// Everything <c>steady enrich</c> records about one project: the content of <c>registry-data/enrichment/&lt;slug&gt;.json</c>.
/// </summary>
/// <param name="Repository">The repository as <c>owner/name</c>, as GitHub names it now.</param>
/// <param name="Archived">Whether the repository is archived (read-only) on GitHub.</param>
/// <param name="DefaultBranch">The default branch.</param>
/// <param name="PushedAt">The last push to any branch.</param>
/// <param name="Stars">Stargazers.</param>
/// <param name="OpenIssues">Open issues and pull requests, as GitHub counts them.</param>
/// <param name="License">The SPDX id of the licence GitHub detected, if any.</param>
/// <param name="LatestRelease">The latest published release, if any.</param>
/// <param name="FundingFile">Where the funding file was found (<c>.github/FUNDING.yml</c> or <c>FUNDING.yml</c>), if anywhere.</param>
/// <param name="FundingUrls">The channels the funding file lists, as URLs, sorted.</param>
/// <param name="FundingProblem">Why the funding file was ignored, when it was.</param>
/// <param name="MaintainerAccounts">For each listed maintainer's login: whether the account exists.</param>
/// <param name="FetchedAt">When the data was read from GitHub.</param>
public sealed record EnrichmentData(
    string Repository,
    bool Archived,
    string? DefaultBranch,
    DateTimeOffset? PushedAt,
    long Stars,
    long OpenIssues,
    string? License,
    LatestRelease? LatestRelease,
    string? FundingFile,
    IReadOnlyList<string> FundingUrls,
    string? FundingProblem,
    IReadOnlyDictionary<string, bool> MaintainerAccounts,
    DateTimeOffset FetchedAt)
{
    /// <summary>The version of the file format, written as <c>schema_version</c>.</summary>
    public const int SchemaVersion = 1;
}
