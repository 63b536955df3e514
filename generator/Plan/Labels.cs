using System.Globalization;
using Steady.Model;
using Steady.Validate;

namespace Steady.Plan;

/// <summary>How the vocabulary reads on the site: labels for people next to the machine names.</summary>
public static class Labels
{
    public static string State(ProjectState state) => state switch
    {
        ProjectState.MaintenanceOnly => "Maintenance only",
        _ => Humanize(Vocabulary.Name(state)),
    };

    /// <summary>What a state means, as in the design contract's vocabulary.</summary>
    public static string StateMeaning(ProjectState state) => state switch
    {
        ProjectState.Active => "Maintained normally.",
        ProjectState.MaintenanceOnly => "Stable; fixes only. Not a warning sign.",
        ProjectState.Hiatus => "The maintainer is away for a while, until an expected return or review date.",
        ProjectState.SeekingSuccessor => "The maintainer wants to hand the project over.",
        ProjectState.Handover => "A successor is being onboarded.",
        ProjectState.Orphaned => "The project has no maintainer.",
        ProjectState.Unresponsive => "Set by stewards only, after the documented process: no answer for 270 days.",
        ProjectState.Deprecated => "Superseded by another project.",
        ProjectState.Archived => "Retired and read-only.",
        _ => "",
    };

    public static string Caution(CautionLevel level) => level switch
    {
        CautionLevel.High => "High",
        CautionLevel.Elevated => "Elevated",
        _ => "None",
    };

    public static string Platform(FundingPlatform platform) => platform switch
    {
        FundingPlatform.GitHubSponsors => "GitHub Sponsors",
        FundingPlatform.OpenCollective => "Open Collective",
        FundingPlatform.ThanksDev => "thanks.dev",
        _ => Humanize(Vocabulary.Name(platform)),
    };

    public static string Of<T>(T value)
        where T : struct, Enum => EnumText<T>.Labels[value];

    /// <summary>The machine name of a value (<c>maintenance-only</c>), as in the registry files.</summary>
    public static string Key<T>(T value)
        where T : struct, Enum => Vocabulary.Name(value);

    public static string Period(FundingPeriod period) => period == FundingPeriod.Year ? "a year" : "a month";

    public static string Money(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Money(decimal amount, string currency, FundingPeriod period) =>
        $"{Money(amount)} {currency} {Period(period)}";

    /// <summary>
    /// The text of every date from <see cref="CachedDatesFrom"/> on for a century, made once: a registry's dates fall in
    /// a few decades and each is written many times, so a large site shares one string per date.
    /// </summary>
    private static readonly string?[] CachedDates = new string?[36525];

    private static readonly int CachedDatesFrom = new DateOnly(1970, 1, 1).DayNumber;

    public static string Date(DateOnly date)
    {
        var index = date.DayNumber - CachedDatesFrom;
        if ((uint)index >= (uint)CachedDates.Length)
        {
            return FormatDate(date);
        }

        // Two threads may both format a date the first time; either string is the same text.
        return CachedDates[index] ??= FormatDate(date);
    }

    private static string FormatDate(DateOnly date) => string.Create(10, date, static (span, d) =>
    {
        // yyyy-MM-dd without a format string: dates are written tens of thousands of times per build.
        d.Year.TryFormat(span[..4], out _, "D4", CultureInfo.InvariantCulture);
        span[4] = '-';
        d.Month.TryFormat(span[5..7], out _, "D2", CultureInfo.InvariantCulture);
        span[7] = '-';
        d.Day.TryFormat(span[8..], out _, "D2", CultureInfo.InvariantCulture);
    });

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    /// <summary><c>seeking-successor</c> → <c>Seeking successor</c>; a <c>co-</c> prefix keeps its hyphen (<c>Co-maintainer</c>).</summary>
    public static string Humanize(string name)
    {
        if (name.Length == 0)
        {
            return name;
        }

        var kept = name.StartsWith("co-", StringComparison.Ordinal) ? 3 : 1;
        return char.ToUpperInvariant(name[0]) + name[1..kept] + name[kept..].Replace('-', ' ');
    }

    /// <summary>The host and path of a URL, for link text (<c>https://www.example.org/a/</c> → <c>example.org/a</c>).</summary>
    public static string Short(string url)
    {
        var text = url.AsSpan();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
        }

        var end = text.IndexOfAny('?', '#');
        if (end >= 0)
        {
            text = text[..end];
        }

        text = text.TrimEnd('/');
        if (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        return text.Length <= 60 ? text.ToString() : string.Concat(text[..57], "...");
    }

    /// <summary>The labels of an enum's values, computed once.</summary>
    private static class EnumText<T>
        where T : struct, Enum
    {
        public static readonly Text.EnumMap<T, string> Labels = new(Enum.GetValues<T>().Select(v => (v, Humanize(Vocabulary.Name(v)))));
    }
}
