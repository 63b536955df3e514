using System.Globalization;
using System.Text;
using System.Xml;
using Steady.Plan;
using Steady.Plan.Models;
using Steady.Write;

namespace Steady.Render.Pages;

/// <summary>
/// Writes <c>sitemap.xml</c> (sitemaps.org 0.9) for the pages of the plan, in plan order. The protocol allows
/// 50,000 addresses a file: a larger site gets <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>, … and
/// <c>sitemap.xml</c> becomes their index.
/// </summary>
internal static class SitemapWriter
{
    public const int MaxUrls = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void Write(SitePlan plan, SiteUrls urls, IOutputSink sink)
    {
        var pages = plan.Pages.Where(p => p.Page.InSitemap).ToArray();
        if (pages.Length <= MaxUrls)
        {
            sink.Write("sitemap.xml", UrlSet(pages));
            return;
        }

        var files = pages.Chunk(MaxUrls).Select((chunk, i) => (Name: string.Create(CultureInfo.InvariantCulture, $"sitemap-{i + 1}.xml"), Chunk: chunk)).ToArray();
        foreach (var (name, chunk) in files)
        {
            sink.Write(name, UrlSet(chunk));
        }

        sink.Write("sitemap.xml", Document(xml =>
        {
            xml.WriteStartElement("sitemapindex", Namespace);
            foreach (var (name, _) in files)
            {
                xml.WriteStartElement("sitemap", Namespace);
                xml.WriteElementString("loc", Namespace, urls.Absolute(name));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }));
    }

    private static byte[] UrlSet(IEnumerable<PlannedPage> pages) => Document(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var page in pages)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, page.Page.Canonical);
            if (page.Page.LastModified is { } date)
            {
                xml.WriteElementString("lastmod", Namespace, date);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static byte[] Document(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
