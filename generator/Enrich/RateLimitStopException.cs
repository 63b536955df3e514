namespace Steady.Enrich;

/// <summary>GitHub's rate limit was reached and resets later than the run may wait; the run stops, keeping what it wrote.</summary>
public sealed class RateLimitStopException(string message) : Exception(message);
