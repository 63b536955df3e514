using Steady.Api;
using Steady.Render;
using Steady.Write;

namespace Steady.Feeds;

/// <summary>Writes a feed as JSON Feed 1.1 with System.Text.Json. Dates are RFC 3339, at midnight UTC of the event's date.</summary>
public static class JsonFeedWriter
{
    public static void Write(FeedDocument document, RenderContext context, IOutputSink sink)
    {
        var path = FeedPaths.File(document.Stem, FeedFormat.Json);
        var feed = new JsonFeed(
            JsonFeed.Version11,
            document.Title,
            context.Urls.Absolute(document.HomePath),
            context.Urls.Absolute(path),
            document.Description,
            context.Settings.Language,
            [new JsonFeedAuthor(XmlSafeText.Clean(context.Settings.Title), context.Urls.BaseUrl)],
            document.Items.Select(Item).ToArray());
        ApiJson.Write(sink, path, feed);
    }

    private static JsonFeedItem Item(FeedItem item)
    {
        var date = $"{item.Date:yyyy-MM-dd}T00:00:00Z";
        return new JsonFeedItem(item.Id, item.Url, item.ExternalUrl, item.Title, item.ContentHtml, item.ContentText, item.Summary,
            date, date, item.Tags, item.Facts);
    }
}
