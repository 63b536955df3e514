namespace Steady.Enrich;

/// <summary>Where <c>steady enrich</c> reads from and writes to, and how it talks to GitHub.</summary>
public sealed record EnrichOptions
{
    /// <summary>The public GitHub API.</summary>
    public static readonly Uri GitHubApi = new("https://api.github.com/");

    /// <summary>The registry folder; files go to its <c>enrichment/</c> folder.</summary>
    public required string RegistryDir { get; init; }

    /// <summary>The REST API address (GitHub, or GitHub Enterprise such as <c>https://ghe.example.com/api/v3/</c>).</summary>
    public Uri ApiUrl { get; init; } = GitHubApi;

    /// <summary>A token for the higher rate limit; null reads anonymously.</summary>
    public string? Token { get; init; }

    /// <summary>Where responses with ETags are kept between runs. Default: <c>enrichment/.cache/</c> in the registry (git-ignored).</summary>
    public string? CacheFolder { get; init; }

    public ClientPolicy Policy { get; init; } = ClientPolicy.Default;

    /// <summary>The time written as <c>fetched_at</c> (tests fix it).</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    public string OutputFolder => EnrichmentStore.Folder(RegistryDir);

    public string ResolvedCacheFolder => CacheFolder ?? Path.Combine(OutputFolder, ".cache");
}
