using Steady.Badges;
using Steady.Feeds;
using Steady.Plan;

namespace Steady.Api;

/// <summary>The entries of <c>api/v1/index.json</c>: every API file, schema, feed, the calendar and the badges.</summary>
public static class ApiIndex
{
    private const string Slug = "{slug}";

    public static IReadOnlyList<ApiEndpoint> Endpoints(SiteUrls urls)
    {
        var list = new List<ApiEndpoint>();
        foreach (var file in ApiFiles.All)
        {
            list.Add(new ApiEndpoint(file.Path, urls.Absolute(file.Path), "api", "application/json", file.Description,
                urls.Absolute(ApiPaths.Schema(file.Name))));
        }

        foreach (var file in ApiFiles.All)
        {
            list.Add(new ApiEndpoint(ApiPaths.Schema(file.Name), urls.Absolute(ApiPaths.Schema(file.Name)), "schema",
                "application/schema+json", $"JSON Schema (draft 2020-12) of {file.Path}.", null));
        }

        Feed(FeedPaths.Changes, "Every change to the registry's entries, newest first (latest 100).");
        Feed(FeedPaths.Caution, "Events that raised or lowered a project's downstream caution, with the level and reasons (latest 100).");
        Feed(FeedPaths.HelpWanted, "Projects that need help now, one item per project, updated when the need changes (latest 100).");
        Feed(FeedPaths.Project(Slug), "Every change to one project's entry, newest first.");

        list.Add(new ApiEndpoint(FeedPaths.Calendar, urls.Absolute(FeedPaths.Calendar), "calendar", "text/calendar",
            "iCalendar of expected returns from hiatus, probation ends and entry review dates.", null));
        list.Add(new ApiEndpoint(BadgePaths.Svg(Slug), urls.Absolute(BadgePaths.Svg(Slug)), "badge", "image/svg+xml",
            "Badge with the project's state and, when not none, its downstream caution.", null));
        list.Add(new ApiEndpoint(BadgePaths.Endpoint(Slug), urls.Absolute(BadgePaths.Endpoint(Slug)), "badge", "application/json",
            "The same badge as a shields.io endpoint file (schemaVersion 1).", null));
        return list;

        void Feed(string stem, string description)
        {
            foreach (var format in FeedPaths.Formats)
            {
                var path = FeedPaths.File(stem, format);
                var name = format switch { FeedFormat.Rss => "RSS 2.0", FeedFormat.Atom => "Atom 1.0", _ => "JSON Feed 1.1" };
                list.Add(new ApiEndpoint(path, urls.Absolute(path), "feed", FeedPaths.MediaType(format), $"{description} {name}.", null));
            }
        }
    }
}
