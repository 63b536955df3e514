using System.Text.RegularExpressions;
using Octokit;

namespace Steady.Enrich;

/// <summary>
/// Reads what the registry wants to know about one repository through Octokit. Every value is checked before it is
/// kept: GitHub's answers (and those of a server pretending to be GitHub) are untrusted input.
/// Account lookups are remembered for the run, so a person listed by several projects costs one request.
/// </summary>
public sealed partial class GitHubReader(IGitHubClient client)
{
    /// <summary>Where the funding file is looked for, in order.</summary>
    public static readonly IReadOnlyList<string> FundingPaths = [".github/FUNDING.yml", "FUNDING.yml"];

    private readonly Dictionary<string, bool> _accounts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<EnrichmentData> ReadAsync(EnrichTarget target, DateTimeOffset fetchedAt)
    {
        var (owner, name) = target.Repository ?? throw new ArgumentException("the project is not on GitHub", nameof(target));
        Repository repository;
        try
        {
            repository = await client.Repository.Get(owner, name).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            throw new UnexpectedResponseException("repository not found on GitHub (404): renamed, deleted or private?");
        }

        if (repository is null)
        {
            throw new UnexpectedResponseException("GitHub's answer for the repository is empty");
        }

        var release = await LatestReleaseAsync(owner, name).ConfigureAwait(false);
        var (fundingFile, funding) = await FundingAsync(owner, name).ConfigureAwait(false);
        var accounts = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var login in target.Maintainers)
        {
            accounts[login] = await AccountExistsAsync(login).ConfigureAwait(false);
        }

        return new EnrichmentData(
            Check(repository.FullName, 140, "the repository's full name", RepositoryPattern()),
            repository.Archived,
            repository.DefaultBranch is null ? null : Check(repository.DefaultBranch, 255, "the default branch"),
            repository.PushedAt,
            Count(repository.StargazersCount, "stars"),
            Count(repository.OpenIssuesCount, "open issues"),
            repository.License?.SpdxId is { } spdx ? Check(spdx, 100, "the licence id", SpdxPattern()) : null,
            release,
            fundingFile,
            funding.Urls,
            funding.Problem,
            accounts,
            fetchedAt);
    }

    private async Task<LatestRelease?> LatestReleaseAsync(string owner, string name)
    {
        Release release;
        try
        {
            release = await client.Repository.Release.GetLatest(owner, name).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            return null; // no published release
        }

        if (release is null)
        {
            return null;
        }

        return new LatestRelease(
            Check(release.TagName, 255, "the release tag"),
            release.PublishedAt ?? release.CreatedAt,
            release.Author?.Login is { } login ? Check(login, 45, "the release author", LoginPattern()) : null);
    }

    private async Task<(string? File, FundingResult Result)> FundingAsync(string owner, string name)
    {
        foreach (var path in FundingPaths)
        {
            IReadOnlyList<RepositoryContent> contents;
            try
            {
                contents = await client.Repository.Content.GetAllContents(owner, name, path).ConfigureAwait(false);
            }
            catch (NotFoundException)
            {
                continue;
            }
            catch (ResponseTooLargeException)
            {
                return (path, FundingFile.TooLarge(path, 0));
            }

            if (contents is not [{ } file] || file.Type.StringValue != "file")
            {
                return (path, FundingResult.Rejected($"{path}: not a file"));
            }

            if (file.Size > FundingFile.MaxBytes)
            {
                return (path, FundingFile.TooLarge(path, file.Size));
            }

            if (!string.Equals(file.Encoding, "base64", StringComparison.Ordinal) || file.EncodedContent is null)
            {
                return (path, FundingResult.Rejected($"{path}: GitHub sent the file without its content"));
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(file.EncodedContent);
            }
            catch (FormatException)
            {
                return (path, FundingResult.Rejected($"{path}: GitHub sent content that is not valid base64"));
            }

            return (path, FundingFile.Parse(bytes, path));
        }

        return (null, FundingResult.None);
    }

    private async Task<bool> AccountExistsAsync(string login)
    {
        if (_accounts.TryGetValue(login, out var known))
        {
            return known;
        }

        bool exists;
        try
        {
            var user = await client.User.Get(login).ConfigureAwait(false);
            exists = user is not null;
        }
        catch (NotFoundException)
        {
            exists = false;
        }

        _accounts[login] = exists;
        return exists;
    }

    private static string Check(string? value, int max, string what, Regex? pattern = null) =>
        UntrustedText.IsPlain(value, max) && (pattern is null || pattern.IsMatch(value!))
            ? value!
            : throw new UnexpectedResponseException($"GitHub sent an unexpected value for {what}: '{UntrustedText.Clean(value, 80)}'");

    private static long Count(long value, string what) =>
        value >= 0 ? value : throw new UnexpectedResponseException($"GitHub sent a negative number of {what}");

    [GeneratedRegex("^[A-Za-z0-9-]{1,39}/[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex("^[A-Za-z0-9-]{1,39}(?:\\[bot\\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex LoginPattern();

    [GeneratedRegex("^[A-Za-z0-9.+-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex SpdxPattern();
}
