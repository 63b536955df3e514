using System.Globalization;
using Steady.Render;
using Steady.Write;

namespace Steady.Feeds;

/// <summary>
/// Writes a feed as RSS 2.0 (with Atom 1.0 elements for what RSS lacks: the feed's id, author and self link, an
/// item's related link) or as Atom 1.0, through a <see cref="FeedXmlWriter"/>: UTF-8 without a byte-order mark,
/// indented by two spaces, LF line ends, as <see cref="System.Xml.XmlWriter"/> writes it. Elements come in the
/// order of System.ServiceModel.Syndication's formatters, and links are written in their normalised form
/// (<see cref="Uri.AbsoluteUri"/>). Dates are the events' dates at midnight UTC; nothing depends on the clock.
/// </summary>
public static class SyndicationWriter
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static void Write(FeedDocument document, FeedFormat format, RenderContext context, IOutputSink sink)
    {
        var path = FeedPaths.File(document.Stem, format);
        var xml = t_writer ??= new FeedXmlWriter();
        xml.Reset();
        var home = context.Urls.Absolute(document.HomePath);
        var feed = new FeedHead(
            document,
            home,
            Link(home),
            Link(context.Urls.Absolute(path)),
            FeedPaths.MediaType(format),
            context.Settings.Language,
            XmlSafeText.Clean(context.Settings.Title),
            context.Urls.BaseUrl);
        if (format == FeedFormat.Rss)
        {
            WriteRss(xml, feed);
        }
        else
        {
            WriteAtom(xml, feed);
        }

        xml.EndDocument();
        sink.Write(path, xml.Written);
        if (xml.Capacity > RetainedBytes)
        {
            t_writer = null;
        }
    }

    /// <summary>A writer grown past this (a site-wide feed of a large registry) is not kept for the next feed.</summary>
    private const int RetainedBytes = 1024 * 1024;

    /// <summary>Each thread writes its feeds through one writer, kept from feed to feed.</summary>
    [ThreadStatic]
    private static FeedXmlWriter? t_writer;

    /// <summary>What the head of a feed shows besides the document: its links (normalised), language and author.</summary>
    private sealed record FeedHead(
        FeedDocument Document, string HomeUrl, string Home, string Self, string MediaType, string Language, string Author, string AuthorUri);

    private static void WriteRss(FeedXmlWriter xml, FeedHead feed)
    {
        var document = feed.Document;
        xml.StartElement("rss");
        xml.Attribute("xmlns:a10", AtomNamespace);
        xml.Attribute("version", "2.0");
        xml.StartElement("channel");
        xml.Element("title", document.Title);
        xml.Element("link", feed.Home);
        xml.Element("description", document.Description);
        xml.Element("language", feed.Language);
        WriteAtomAuthor(xml, feed, "a10:");
        xml.Element("lastBuildDate", RssDate(document.Updated));
        xml.Element("generator", "Steady");
        xml.Element("a10:id", document.Id);
        WriteAtomLink(xml, "a10:link", "self", feed.MediaType, null, feed.Self);

        var home = new LastLink(feed.HomeUrl, feed.Home);
        foreach (var item in document.Items)
        {
            var url = home.Normalise(item.Url);
            xml.StartElement("item");
            xml.StartElement("guid");
            xml.Attribute("isPermaLink", item.Id == url ? "true" : "false");
            xml.Text(item.Id);
            xml.EndElement();
            xml.Element("link", url);
            foreach (var tag in item.Tags)
            {
                xml.Element("category", tag);
            }

            xml.Element("title", item.Title);
            // RSS has one body, <description>, which carries escaped HTML by convention.
            xml.Element("description", item.ContentHtml);
            xml.Element("pubDate", RssDate(item.Date));
            if (item.ExternalUrl is { } external)
            {
                WriteAtomLink(xml, "a10:link", "related", null, "Source", external);
            }

            xml.EndElement();
        }

        xml.EndElement();
        xml.EndElement();
    }

    private static void WriteAtom(FeedXmlWriter xml, FeedHead feed)
    {
        var document = feed.Document;
        xml.StartElement("feed");
        if (feed.Language.Length > 0)
        {
            xml.Attribute("xml:lang", feed.Language);
        }

        xml.Attribute("xmlns", AtomNamespace);
        WriteAtomText(xml, "title", "text", document.Title);
        WriteAtomText(xml, "subtitle", "text", document.Description);
        xml.Element("id", document.Id);
        xml.Element("updated", AtomDate(document.Updated));
        WriteAtomAuthor(xml, feed, "");
        xml.Element("generator", "Steady");
        WriteAtomLink(xml, "link", "alternate", null, null, feed.Home);
        WriteAtomLink(xml, "link", "self", feed.MediaType, null, feed.Self);

        var home = new LastLink(feed.HomeUrl, feed.Home);
        foreach (var item in document.Items)
        {
            var date = AtomDate(item.Date);
            xml.StartElement("entry");
            xml.Element("id", item.Id);
            WriteAtomText(xml, "title", "text", item.Title);
            WriteAtomText(xml, "summary", "text", item.Summary);
            xml.Element("published", date);
            xml.Element("updated", date);
            WriteAtomLink(xml, "link", "alternate", null, null, home.Normalise(item.Url));
            if (item.ExternalUrl is { } external)
            {
                WriteAtomLink(xml, "link", "related", null, "Source", external);
            }

            foreach (var tag in item.Tags)
            {
                xml.StartElement("category");
                xml.Attribute("term", tag);
                xml.EndElement();
            }

            WriteAtomText(xml, "content", "html", item.ContentHtml);
            xml.EndElement();
        }

        xml.EndElement();
    }

    /// <param name="prefix">The Atom namespace's prefix with its colon: <c>a10:</c> inside RSS, empty in Atom.</param>
    private static void WriteAtomAuthor(FeedXmlWriter xml, FeedHead feed, string prefix)
    {
        xml.StartElement(prefix + "author");
        xml.Element(prefix + "name", feed.Author);
        if (feed.AuthorUri.Length > 0)
        {
            xml.Element(prefix + "uri", feed.AuthorUri);
        }

        xml.EndElement();
    }

    private static void WriteAtomText(FeedXmlWriter xml, string element, string type, string text)
    {
        xml.StartElement(element);
        xml.Attribute("type", type);
        xml.Text(text);
        xml.EndElement();
    }

    private static void WriteAtomLink(FeedXmlWriter xml, string element, string rel, string? mediaType, string? title, string href)
    {
        xml.StartElement(element);
        xml.Attribute("rel", rel);
        if (mediaType is not null)
        {
            xml.Attribute("type", mediaType);
        }

        if (title is not null)
        {
            xml.Attribute("title", title);
        }

        xml.Attribute("href", href);
        xml.EndElement();
    }

    /// <summary>A link as feed readers get it: the normalised absolute form of an absolute http(s) URL.</summary>
    private static string Link(string url) => new Uri(url, UriKind.Absolute).AbsoluteUri;

    /// <summary>Normalises links, remembering the last one: a project's items all link to the same page.</summary>
    private sealed class LastLink(string url, string link)
    {
        private string _url = url;
        private string _link = link;

        public string Normalise(string url)
        {
            if (!string.Equals(url, _url, StringComparison.Ordinal))
            {
                _url = url;
                _link = Link(url);
            }

            return _link;
        }
    }

    /// <summary>RFC 822 date at midnight UTC, as RSS readers expect it: <c>Tue, 06 Dec 2022 00:00:00 Z</c>.</summary>
    private static string RssDate(DateOnly date) => date.ToString("ddd, dd MMM yyyy '00:00:00 Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 3339 date at midnight UTC: <c>2022-12-06T00:00:00Z</c>.</summary>
    private static string AtomDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
