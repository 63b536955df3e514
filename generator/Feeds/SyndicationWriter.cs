using System.Globalization;
using System.Text;
using System.Xml;
using Steady.Render;
using Steady.Write;

namespace Steady.Feeds;

/// <summary>
/// Writes a feed as RSS 2.0 (with Atom 1.0 elements for what RSS lacks: the feed's id, author and self link, an
/// item's related link) or as Atom 1.0, straight to an <see cref="XmlWriter"/>: UTF-8 without a byte-order mark,
/// indented, LF line ends. Elements come in the order of System.ServiceModel.Syndication's formatters, and links are
/// written in their normalised form (<see cref="Uri.AbsoluteUri"/>). Dates are the events' dates at midnight UTC;
/// nothing depends on the clock.
/// </summary>
public static class SyndicationWriter
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

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
        var buffer = t_buffer ??= new MemoryStream();
        buffer.SetLength(0);
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
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

    /// <summary>What the head of a feed shows besides the document: its links (normalised), language and author.</summary>
    private sealed record FeedHead(
        FeedDocument Document, string HomeUrl, string Home, string Self, string MediaType, string Language, string Author, string AuthorUri);

    private static void WriteRss(XmlWriter xml, FeedHead feed)
    {
        var document = feed.Document;
        xml.WriteStartElement("rss", "");
        xml.WriteAttributeString("xmlns", "a10", null, AtomNamespace);
        xml.WriteAttributeString("version", "2.0");
        xml.WriteStartElement("channel", "");
        xml.WriteElementString("title", "", document.Title);
        xml.WriteElementString("link", "", feed.Home);
        xml.WriteElementString("description", "", document.Description);
        xml.WriteElementString("language", feed.Language);
        WriteAtomAuthor(xml, feed);
        xml.WriteElementString("lastBuildDate", RssDate(document.Updated));
        xml.WriteElementString("generator", "Steady");
        xml.WriteElementString("id", AtomNamespace, document.Id);
        WriteAtomLink(xml, "self", feed.MediaType, null, feed.Self);

        var home = new LastLink(feed.HomeUrl, feed.Home);
        foreach (var item in document.Items)
        {
            var url = home.Normalise(item.Url);
            xml.WriteStartElement("item", "");
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", item.Id == url ? "true" : "false");
            xml.WriteString(item.Id);
            xml.WriteEndElement();
            xml.WriteElementString("link", "", url);
            foreach (var tag in item.Tags)
            {
                xml.WriteElementString("category", "", tag);
            }

            xml.WriteElementString("title", item.Title);
            // RSS has one body, <description>, which carries escaped HTML by convention.
            xml.WriteElementString("description", "", item.ContentHtml);
            xml.WriteElementString("pubDate", "", RssDate(item.Date));
            if (item.ExternalUrl is { } external)
            {
                WriteAtomLink(xml, "related", null, "Source", external);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteAtom(XmlWriter xml, FeedHead feed)
    {
        var document = feed.Document;
        xml.WriteStartElement("feed", AtomNamespace);
        if (feed.Language.Length > 0)
        {
            xml.WriteAttributeString("xml", "lang", XmlNamespace, feed.Language);
        }

        WriteAtomText(xml, "title", "text", document.Title);
        WriteAtomText(xml, "subtitle", "text", document.Description);
        xml.WriteElementString("id", AtomNamespace, document.Id);
        xml.WriteElementString("updated", AtomNamespace, AtomDate(document.Updated));
        WriteAtomAuthor(xml, feed);
        xml.WriteElementString("generator", AtomNamespace, "Steady");
        WriteAtomLink(xml, "alternate", null, null, feed.Home);
        WriteAtomLink(xml, "self", feed.MediaType, null, feed.Self);

        var home = new LastLink(feed.HomeUrl, feed.Home);
        foreach (var item in document.Items)
        {
            var date = AtomDate(item.Date);
            xml.WriteStartElement("entry", AtomNamespace);
            xml.WriteElementString("id", AtomNamespace, item.Id);
            WriteAtomText(xml, "title", "text", item.Title);
            WriteAtomText(xml, "summary", "text", item.Summary);
            xml.WriteElementString("published", AtomNamespace, date);
            xml.WriteElementString("updated", AtomNamespace, date);
            WriteAtomLink(xml, "alternate", null, null, home.Normalise(item.Url));
            if (item.ExternalUrl is { } external)
            {
                WriteAtomLink(xml, "related", null, "Source", external);
            }

            foreach (var tag in item.Tags)
            {
                xml.WriteStartElement("category", AtomNamespace);
                xml.WriteAttributeString("term", tag);
                xml.WriteEndElement();
            }

            WriteAtomText(xml, "content", "html", item.ContentHtml);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteAtomAuthor(XmlWriter xml, FeedHead feed)
    {
        xml.WriteStartElement("author", AtomNamespace);
        xml.WriteElementString("name", AtomNamespace, feed.Author);
        if (feed.AuthorUri.Length > 0)
        {
            xml.WriteElementString("uri", AtomNamespace, feed.AuthorUri);
        }

        xml.WriteEndElement();
    }

    private static void WriteAtomText(XmlWriter xml, string element, string type, string text)
    {
        xml.WriteStartElement(element, AtomNamespace);
        xml.WriteAttributeString("type", string.Empty, type);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void WriteAtomLink(XmlWriter xml, string rel, string? mediaType, string? title, string href)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        if (mediaType is not null)
        {
            xml.WriteAttributeString("type", mediaType);
        }

        if (title is not null)
        {
            xml.WriteAttributeString("title", title);
        }

        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
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
