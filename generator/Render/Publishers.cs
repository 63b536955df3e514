namespace Steady.Render;

/// <summary>Every publisher of a full build, in a fixed order.</summary>
public static class Publishers
{
    public static IReadOnlyList<ISitePublisher> All() =>
    [
        new Feeds.WriteFeeds(),
        new Api.WriteApi(),
        new Badges.WriteBadges(),
        new Schedule.WriteCalendar(),
    ];
}
