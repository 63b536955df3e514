using System.Globalization;
using System.Net;
using System.Text;

namespace Steady.Serve;

/// <summary>
/// Adds serve's reload script to an HTML page as it is sent: an external script, which the theme's
/// Content-Security-Policy (<c>script-src 'self'</c>) allows, carrying the generation the page was read at. When
/// the latest rebuild failed, a banner with its errors (escaped text) follows the opening body tag. The files on
/// disk are never changed.
/// </summary>
internal static class HtmlInjection
{
    /// <summary>How many errors the banner lists; the terminal has them all.</summary>
    public const int BannerErrors = 50;

    private static readonly UTF8Encoding Utf8 = new(false);

    public static byte[] Inject(ReadOnlySpan<byte> page, long generation, IReadOnlyList<string>? errors)
    {
        var html = Utf8.GetString(page);
        var head = Head(generation, errors is not null);
        var at = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        html = at >= 0 ? html.Insert(at, head) : head + html;
        if (errors is not null)
        {
            var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
            var open = body >= 0 ? html.IndexOf('>', body) : -1;
            html = open >= 0 ? html.Insert(open + 1, "\n" + Banner(errors)) : html + Banner(errors);
        }

        return Utf8.GetBytes(html);
    }

    /// <summary>A page for when no build has succeeded yet: the errors and the reload script.</summary>
    public static byte[] NoSitePage(long generation, IReadOnlyList<string> errors) => Utf8.GetBytes(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>steady serve: the site could not be built</title>\n" +
        Head(generation, withStyle: true) + "</head>\n<body>\n" + Banner(errors) + "</body>\n</html>\n");

    /// <summary>The banner listing errors, each escaped for HTML.</summary>
    public static string Banner(IReadOnlyList<string> errors)
    {
        var text = new StringBuilder();
        text.Append("<div class=\"steady-serve-errors\" role=\"alert\">\n<p><strong>steady serve: the last change could not be built.</strong> ")
            .Append("The last good site is shown; fix the files and this page reloads.</p>\n<pre>");
        foreach (var error in errors.Take(BannerErrors))
        {
            text.Append(WebUtility.HtmlEncode(error)).Append('\n');
        }

        if (errors.Count > BannerErrors)
        {
            text.Append(CultureInfo.InvariantCulture, $"… and {errors.Count - BannerErrors} more, listed in the terminal\n");
        }

        return text.Append("</pre>\n</div>\n").ToString();
    }

    private static string Head(long generation, bool withStyle) =>
        (withStyle ? $"<link rel=\"stylesheet\" href=\"{ServePaths.Style}?v={ServeAssets.Version}\">\n" : "") +
        string.Create(CultureInfo.InvariantCulture, $"<script src=\"{ServePaths.Script}?v={ServeAssets.Version}\" data-version=\"{generation}\" defer></script>\n");
}
