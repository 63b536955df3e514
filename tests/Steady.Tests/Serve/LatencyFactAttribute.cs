namespace Steady.Tests.Serve;

/// <summary>
/// A measurement, not a check: runs only when <c>STEADY_SERVE_LATENCY_REGISTRY</c> names a registry to measure on
/// (and Chromium is installed), because its timings mean something only on a quiet machine.
/// </summary>
public sealed class LatencyFactAttribute : FactAttribute
{
    public const string Variable = "STEADY_SERVE_LATENCY_REGISTRY";

    public LatencyFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"a measurement: set {Variable} to a registry folder (e.g. a synthetic one) to run it";
        }
        else if (!File.Exists(Site.Browser.BrowserFactAttribute.Chromium))
        {
            Skip = $"{Site.Browser.BrowserFactAttribute.Chromium} is missing";
        }
    }
}
