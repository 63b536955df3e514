using AngleSharp.Dom;

namespace Steady.Tests.Site;

/// <summary>Resolves the links of a built page to files of the site, the way a static server under the base path would.</summary>
internal static class SiteLinks
{
    /// <summary>Every link of a page: anchors, stylesheets and other head links, scripts, images and form actions.</summary>
    public static IEnumerable<(IElement Element, string Url)> Of(IDocument page) =>
        page.QuerySelectorAll("a[href], link[href], script[src], img[src], form[action]")
            .Select(e => (e, e.GetAttribute(e.LocalName switch { "script" or "img" => "src", "form" => "action", _ => "href" })!));

    /// <summary>
    /// The site path (no leading slash, no query) and fragment a URL points at from a page, or null for a link that
    /// leaves the site. A root-relative link outside the base path counts as internal and fails to resolve.
    /// </summary>
    public static (string Path, string? Fragment)? Resolve(string pagePath, string url)
    {
        var page = new Uri(new Uri(BuiltSite.BaseUrl), PageUrlPath(pagePath));
        if (!Uri.TryCreate(page, url, out var target))
        {
            return ("<unparseable>", null);
        }

        if (target.Scheme is not ("http" or "https") || target.Host != page.Host)
        {
            return null;
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath);
        if (!path.StartsWith(BuiltSite.BasePath, StringComparison.Ordinal))
        {
            return ("<outside the base path>" + path, null);
        }

        path = path[BuiltSite.BasePath.Length..];
        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : null;
        return (path, fragment);
    }

    /// <summary>The file a site path is served from: folders serve their index.html.</summary>
    public static string FileOf(string sitePath) =>
        sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;

    private static string PageUrlPath(string pageFile) =>
        pageFile.EndsWith("index.html", StringComparison.Ordinal) ? pageFile[..^"index.html".Length] : pageFile;
}
