using System.Globalization;
using System.Net;
using Octokit;
using Octokit.Internal;

namespace Steady.Enrich;

/// <summary>
/// Sits between Octokit's response cache and its HTTP adapter: each try gets a timeout; server errors (5xx),
/// timeouts and failed connections are retried with exponential backoff up to <see cref="ClientPolicy.MaxTries"/>;
/// a rate limit (403 or 429 with <c>x-ratelimit-remaining: 0</c>, or <c>retry-after</c>) is waited out when it
/// resets within <see cref="ClientPolicy.MaxWait"/>, otherwise the run stops with <see cref="RateLimitStopException"/>.
/// </summary>
public sealed class ResilientHttpClient(IHttpClient inner, ClientPolicy policy, Action<string>? notice = null, CancellationToken stopping = default)
    : IHttpClient
{
    public async Task<IResponse> Send(IRequest request, CancellationToken cancellationToken, Func<object, object>? preprocessResponseBody = null)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        cancellationToken = linked.Token;
        var path = "/" + request.Endpoint.OriginalString.TrimStart('/');
        var tries = 0;
        var waits = 0;
        while (true)
        {
            tries++;
            IResponse response;
            using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attempt.CancelAfter(policy.RequestTimeout);
                try
                {
                    response = await inner.Send(request, attempt.Token, preprocessResponseBody!).ConfigureAwait(false);
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    if (tries >= policy.MaxTries)
                    {
                        throw new RequestFailedException(string.Create(CultureInfo.InvariantCulture,
                            $"{path}: no answer within {policy.RequestTimeout.TotalSeconds:0.###} s ({tries} tries)"), ex);
                    }

                    await Backoff(tries, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                catch (HttpRequestException ex)
                {
                    if (tries >= policy.MaxTries)
                    {
                        throw new RequestFailedException($"{path}: {ex.Message} ({tries} tries)", ex);
                    }

                    await Backoff(tries, cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }

            if (RateLimitWait(response) is { } wait)
            {
                if (wait > policy.MaxWait || waits >= policy.MaxRateLimitWaits)
                {
                    var resetAt = policy.Time.GetUtcNow() + wait;
                    var why = waits >= policy.MaxRateLimitWaits
                        ? $"still limited after {waits} waits"
                        : string.Create(CultureInfo.InvariantCulture, $"later than --max-wait {policy.MaxWait.TotalSeconds:0} s");
                    var when = string.Create(CultureInfo.InvariantCulture,
                        $"{resetAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC (in {Math.Ceiling(wait.TotalSeconds):0} s), {why}");
                    throw new RateLimitStopException(
                        $"GitHub's rate limit was reached at {path}; it resets at {when}. " +
                        "Files written so far are kept; run again after the reset, or set GITHUB_TOKEN for a higher limit.");
                }

                waits++;
                tries--;
                notice?.Invoke(string.Create(CultureInfo.InvariantCulture,
                    $"rate limit reached; waiting {Math.Ceiling(wait.TotalSeconds):0} s for the reset"));
                await Task.Delay(wait, policy.Time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if ((int)response.StatusCode >= 500)
            {
                if (tries >= policy.MaxTries)
                {
                    throw new RequestFailedException(string.Create(CultureInfo.InvariantCulture,
                        $"{path}: GitHub answered {(int)response.StatusCode} {response.StatusCode} ({tries} tries)"));
                }

                await Backoff(tries, cancellationToken).ConfigureAwait(false);
                continue;
            }

            return response;
        }
    }

    public void SetRequestTimeout(TimeSpan timeout) => inner.SetRequestTimeout(timeout);

    public void Dispose() => inner.Dispose();

    /// <summary>How long to wait when the response says the rate limit is exhausted; null when it does not.</summary>
    private TimeSpan? RateLimitWait(IResponse response)
    {
        if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        if (Header(response, "retry-after") is { } retryAfter &&
            long.TryParse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, 86_400));
        }

        var exhausted = Header(response, "x-ratelimit-remaining") == "0";
        if (exhausted && Header(response, "x-ratelimit-reset") is { } reset &&
            long.TryParse(reset, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) && epoch < 253_402_300_799)
        {
            var wait = DateTimeOffset.FromUnixTimeSeconds(epoch) - policy.Time.GetUtcNow();
            return (wait < TimeSpan.Zero ? TimeSpan.Zero : wait) + TimeSpan.FromSeconds(1);
        }

        // A secondary rate limit without a reset time: GitHub asks to wait at least a minute.
        return exhausted || response.StatusCode == HttpStatusCode.TooManyRequests ? TimeSpan.FromSeconds(60) : null;
    }

    private static string? Header(IResponse response, string name) =>
        response.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.Trim();

    private Task Backoff(int tries, CancellationToken cancellationToken) =>
        Task.Delay(policy.RetryDelay * Math.Pow(2, tries - 1), policy.Time, cancellationToken);
}
