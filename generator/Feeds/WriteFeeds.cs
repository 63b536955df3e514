using Steady.Derive;
using Steady.Render;
using Steady.Write;

namespace Steady.Feeds;

/// <summary>
/// Publishes <c>feeds/changes</c>, <c>feeds/caution</c>, <c>feeds/help-wanted</c> and every
/// <c>projects/&lt;slug&gt;/feed</c>, each as RSS 2.0 (<c>.xml</c>), Atom 1.0 (<c>.atom</c>) and JSON Feed 1.1 (<c>.json</c>).
/// </summary>
public sealed class WriteFeeds : ISitePublisher
{
    public string Name => "feeds";

    public void Publish(SiteData data, RenderContext context, IOutputSink sink)
    {
        var catalog = new FeedCatalog(data, context);
        void ProjectFeeds() =>
            Parallel.ForEach(data.Projects.Where(p => context.RendersProject(p.Slug)), Text.Parallelism.Options, p => Write(catalog.Project(p), context, sink));
        if (!context.RendersSiteWide)
        {
            Text.Parallelism.Unwrapped(ProjectFeeds);
            return;
        }

        // The registry-wide feeds each pick from every event; they are made beside the project feeds.
        Text.Parallelism.Invoke(
            ProjectFeeds,
            () =>
            {
                Write(catalog.Changes(), context, sink);
                Write(catalog.Caution(), context, sink);
                Write(catalog.HelpWanted(), context, sink);
            });
    }

    public static void Write(FeedDocument document, RenderContext context, IOutputSink sink)
    {
        SyndicationWriter.Write(document, FeedFormat.Rss, context, sink);
        SyndicationWriter.Write(document, FeedFormat.Atom, context, sink);
        JsonFeedWriter.Write(document, context, sink);
    }
}
