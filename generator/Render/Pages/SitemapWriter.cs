using System.Text;
using System.Xml;
using Steady.Plan.Models;

namespace Steady.Render.Pages;

/// <summary>Writes <c>sitemap.xml</c> (sitemaps.org 0.9) for the pages of the plan, in plan order.</summary>
internal static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(SitePlan plan)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in plan.Pages.Where(p => p.Page.InSitemap))
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
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
