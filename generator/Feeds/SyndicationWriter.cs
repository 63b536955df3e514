using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Steady.Render;
using Steady.Write;

namespace Steady.Feeds;

/// <summary>
/// Writes a feed as RSS 2.0 or Atom 1.0 with System.ServiceModel.Syndication: UTF-8 without a byte-order mark,
/// indented, LF line ends. Dates are the events' dates at midnight UTC; nothing depends on the clock.
/// </summary>
public static class SyndicationWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static void Write(FeedDocument document, FeedFormat format, RenderContext context, IOutputSink sink)
    {
        var path = FeedPaths.File(document.Stem, format);
        var feed = new SyndicationFeed(
            document.Title,
            document.Description,
            new Uri(context.Urls.Absolute(document.HomePath)),
            document.Id,
            Midnight(document.Updated))
        {
            Language = context.Settings.Language,
            Generator = "Steady",
        };
        feed.Authors.Add(new SyndicationPerson(null, XmlSafeText.Clean(context.Settings.Title), context.Urls.BaseUrl));
        feed.Links.Add(new SyndicationLink(new Uri(context.Urls.Absolute(path)), "self", null, FeedPaths.MediaType(format), 0));
        feed.Items = document.Items.Select(i => Item(i, format)).ToArray();

        SyndicationFeedFormatter formatter = format == FeedFormat.Rss ? new Rss20FeedFormatter(feed) : new Atom10FeedFormatter(feed);
        var buffer = t_buffer ??= new MemoryStream();
        buffer.SetLength(0);
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            formatter.WriteTo(xml);
        }

        buffer.WriteByte((byte)'\n');
        sink.Write(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (buffer.Capacity > RetainedBytes)
        {
            t_buffer = null;
        }
    }

    /// <summary>A buffer grown past this (a site-wide feed of a large registry) is not kept for the next feed.</summary>
    private const int RetainedBytes = 1024 * 1024;

    /// <summary>Each thread writes its feeds through one buffer, kept from feed to feed.</summary>
    [ThreadStatic]
    private static MemoryStream? t_buffer;

    private static SyndicationItem Item(FeedItem item, FeedFormat format)
    {
        var result = new SyndicationItem { Id = item.Id, Title = new TextSyndicationContent(item.Title), PublishDate = Midnight(item.Date) };
        result.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(item.Url)));
        if (item.ExternalUrl is { } external)
        {
            result.Links.Add(new SyndicationLink(new Uri(external), "related", "Source", null, 0));
        }

        foreach (var tag in item.Tags)
        {
            result.Categories.Add(new SyndicationCategory(tag));
        }

        if (format == FeedFormat.Rss)
        {
            // RSS has one body, <description>, which carries escaped HTML by convention.
            result.Summary = new TextSyndicationContent(item.ContentHtml, TextSyndicationContentKind.Html);
        }
        else
        {
            result.LastUpdatedTime = Midnight(item.Date);
            result.Summary = new TextSyndicationContent(item.Summary);
            result.Content = new TextSyndicationContent(item.ContentHtml, TextSyndicationContentKind.Html);
        }

        return result;
    }

    private static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
