using System.Globalization;

namespace Steady.Cli;

/// <summary>
/// The one "as of" date of a run: <c>SOURCE_DATE_EPOCH</c> when set (reproducible builds), else <c>--as-of</c>,
/// else today (UTC). Every time-dependent signal uses it; nothing else reads the clock.
/// </summary>
public static class AsOfDate
{
    public static DateOnly Resolve(string? option, string? sourceDateEpoch = null, DateTime? now = null)
    {
        sourceDateEpoch ??= Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (!string.IsNullOrWhiteSpace(sourceDateEpoch))
        {
            if (!long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                throw new UsageException($"SOURCE_DATE_EPOCH '{sourceDateEpoch}' is not a number of seconds since 1970-01-01");
            }

            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        }

        if (!string.IsNullOrWhiteSpace(option))
        {
            return Parse(option, "--as-of");
        }

        return DateOnly.FromDateTime(now ?? DateTime.UtcNow);
    }

    public static DateOnly Parse(string text, string what) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"{what} '{text}' is not a date in the form YYYY-MM-DD");
}
