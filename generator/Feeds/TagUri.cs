using System.Globalization;
using Steady.Model;
using Steady.Validate;

namespace Steady.Feeds;

/// <summary>
/// Stable ids (RFC 4151 tag URIs) for feed items and feeds. An event's id depends only on its project's slug,
/// its date, its kind and its ordinal among the project's events of that date and kind, and on the site's host:
/// never on the base path, the as-of date or any other project. History is append-only, so ids never change.
/// </summary>
public sealed class TagUri(string host)
{
    /// <summary>The tagging date of the authority; fixed forever, whatever the events' dates.</summary>
    public const string AuthorityDate = "2024";

    public static TagUri For(Plan.SiteUrls urls) => new(new Uri(urls.BaseUrl).IdnHost);

    public string Prefix { get; } = $"tag:{host},{AuthorityDate}:";

    /// <summary><c>tag:&lt;host&gt;,2024:&lt;slug&gt;/2024-03-29/incident/0</c>.</summary>
    public string Event(string slug, DateOnly date, EventKind kind, int ordinal) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{slug}/{date:yyyy-MM-dd}/{Vocabulary.Name(kind)}/{ordinal}");

    /// <summary>The id of a project's call for help (one item, updated in place).</summary>
    public string HelpWanted(string slug) => $"{Prefix}{slug}/help-wanted";

    /// <summary>The id of a feed as a whole (Atom <c>&lt;id&gt;</c>).</summary>
    public string Feed(string stem) => Prefix + stem;
}
