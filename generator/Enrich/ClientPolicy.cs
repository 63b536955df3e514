namespace Steady.Enrich;

/// <summary>How patient the GitHub client is: tries per request, timeouts, backoff and rate-limit waiting.</summary>
public sealed record ClientPolicy
{
    public static readonly ClientPolicy Default = new();

    /// <summary>Tries per request on server errors (5xx), timeouts and failed connections.</summary>
    public int MaxTries { get; init; } = 3;

    /// <summary>How long one try may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Wait before the second try; doubled before each further one.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait for a rate limit to reset; a later reset stops the run.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Waits for one rate limit per request at most this often before giving up.</summary>
    public int MaxRateLimitWaits { get; init; } = 3;

    /// <summary>Largest response body accepted.</summary>
    public long MaxResponseBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>The clock for rate-limit resets and the timer for waits.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
