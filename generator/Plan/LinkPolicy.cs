namespace Steady.Plan;

/// <summary>
/// The scheme allow-list every link from registry data or Markdown passes: http, https and mailto, fragments and
/// relative paths. <c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, any other scheme and protocol-relative
/// <c>//host</c> links are refused, also when hidden behind spaces, tabs, newlines or control characters (which
/// browsers strip before reading the scheme).
/// </summary>
public static class LinkPolicy
{
    private static readonly string[] MarkdownSchemes = ["http", "https", "mailto"];

    /// <summary>A link from registry data: an absolute http(s) URL with a host, or null when refused.</summary>
    public static string? External(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var clean = Clean(url);
        var rest = clean.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? clean.AsSpan(8)
            : clean.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? clean.AsSpan(7)
            : default;
        return rest.Length > 0 && rest[0] is not ('/' or '\\' or '?' or '#') ? clean : null;
    }

    /// <summary>
    /// A link from Markdown: allowed schemes as written, site-relative <c>/x/</c> links through the URL helper (so a
    /// sub-path works), other relative links as written; null when refused.
    /// </summary>
    public static string? Markdown(string? url, SiteUrls urls)
    {
        if (url is null)
        {
            return null;
        }

        var clean = Clean(url);
        if (clean.Length == 0 || IsProtocolRelative(clean))
        {
            return null;
        }

        var scheme = Scheme(clean);
        if (scheme is not null)
        {
            return MarkdownSchemes.Contains(scheme) ? clean : null;
        }

        return clean[0] == '/' ? urls.Link(clean) : clean;
    }

    /// <summary>True for a link that stays on the site: relative, or site-relative.</summary>
    public static bool IsRelative(string url) => Scheme(Clean(url)) is null && !IsProtocolRelative(Clean(url));

    /// <summary>The space and the C0 and C1 control characters (with DEL).</summary>
    private static readonly System.Buffers.SearchValues<char> SpaceAndControls =
        System.Buffers.SearchValues.Create(" " + Text.TextRules.ControlCharacters);

    /// <summary>The URL as a browser reads it: without surrounding spaces and controls, and without tabs and newlines.</summary>
    private static string Clean(string url)
    {
        if (!url.AsSpan().ContainsAny(SpaceAndControls))
        {
            return url;
        }

        var trimmed = url.AsSpan().Trim(" \u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");
        return string.Concat(trimmed.ToString().Where(c => c is not ('\t' or '\n' or '\r') && !char.IsControl(c)));
    }

    private static bool IsProtocolRelative(string url) =>
        url.Length >= 2 && url[0] is ('/' or '\\') && url[1] is ('/' or '\\');

    /// <summary>The lowercase scheme when the URL has one (a ':' before any '/', '?' or '#').</summary>
    private static string? Scheme(string url)
    {
        var end = url.IndexOfAny([':', '/', '?', '#']);
        return end > 0 && url[end] == ':' ? url[..end].ToLowerInvariant() : end == 0 && url[0] == ':' ? "" : null;
    }
}
