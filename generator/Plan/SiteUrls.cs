namespace Steady.Plan;

/// <summary>
/// The one place that turns a site path into a link, so the site works under a sub-path
/// (<c>https://org.github.io/registry/</c>). Site paths are written without a leading slash: <c>projects/xz-utils/</c>.
/// </summary>
public sealed class SiteUrls
{
    public SiteUrls(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"base URL '{baseUrl}' is not an absolute http(s) URL", nameof(baseUrl));
        }

        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        BasePath = path;
        Origin = uri.GetLeftPart(UriPartial.Authority);
        BaseUrl = Origin + BasePath;
    }

    /// <summary>The base URL with a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>The path part of the base URL, with leading and trailing slashes (<c>/</c> or <c>/registry/</c>).</summary>
    public string BasePath { get; }

    /// <summary>Scheme and host.</summary>
    public string Origin { get; }

    /// <summary>A root-relative link for a site path: <c>projects/x/</c> → <c>/registry/projects/x/</c>.</summary>
    public string Link(string sitePath) => BasePath + Trim(sitePath);

    /// <summary>An absolute URL for a site path, for feeds, canonical links and the API.</summary>
    public string Absolute(string sitePath) => BaseUrl + Trim(sitePath);

    /// <summary>The site path of a project page.</summary>
    public static string ProjectPath(string slug) => $"projects/{slug}/";

    private static string Trim(string sitePath) => sitePath.TrimStart('/');
}
