using Steady.Render.Pages;

namespace Steady.Render;

/// <summary>Every publisher of a full build, in a fixed order; the build iterates this list and nothing else.</summary>
public static class Publishers
{
    public static IReadOnlyList<ISitePublisher> All() =>
    [
        new WritePages(),
        new Feeds.WriteFeeds(),
        new Api.WriteApi(),
        new Badges.WriteBadges(),
        new Schedule.WriteCalendar(),
    ];
}
