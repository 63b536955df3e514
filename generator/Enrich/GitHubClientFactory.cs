using System.Net;
using Octokit;
using Octokit.Caching;
using Octokit.Internal;

namespace Steady.Enrich;

/// <summary>
/// Builds the Octokit client of a run. From the outside in: Octokit's connection (JSON, errors) →
/// <see cref="CachingHttpClient"/> with the <see cref="DiskResponseCache"/> (ETags) → <see cref="ResilientHttpClient"/>
/// (retries, timeouts, rate limits) → Octokit's HTTP adapter (redirects) → <see cref="BodyLimitHandler"/> → sockets.
/// </summary>
public static class GitHubClientFactory
{
    public static GitHubClient Create(EnrichOptions options, Action<string>? notice, CancellationToken stopping)
    {
        var policy = options.Policy;
        var adapter = new HttpClientAdapter(() => new BodyLimitHandler(policy.MaxResponseBytes)
        {
            InnerHandler = new SocketsHttpHandler
            {
                AllowAutoRedirect = false, // Octokit's adapter follows redirects itself and drops the token on another host.
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = policy.RequestTimeout,
            },
        });
        var http = new CachingHttpClient(
            new ResilientHttpClient(adapter, policy, notice, stopping),
            new DiskResponseCache(options.ResolvedCacheFolder));
        var credentials = string.IsNullOrEmpty(options.Token) ? Credentials.Anonymous : new Credentials(options.Token);
        var connection = new Connection(
            new ProductHeaderValue("steady", typeof(GitHubClientFactory).Assembly.GetName().Version?.ToString(3) ?? "0"),
            options.ApiUrl,
            new InMemoryCredentialStore(credentials),
            http,
            new SimpleJsonSerializer());
        return new GitHubClient(connection);
    }
}
