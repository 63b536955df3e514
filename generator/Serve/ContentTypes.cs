using Microsoft.AspNetCore.StaticFiles;

namespace Steady.Serve;

/// <summary>The content type of a served file, by extension: the site's own kinds first, then ASP.NET Core's table.</summary>
internal static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Others = new();

    private static readonly Dictionary<string, string> Site = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".xml"] = "application/xml; charset=utf-8",
        [".atom"] = "application/atom+xml; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".ics"] = "text/calendar; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
    };

    public static string For(string path)
    {
        var extension = Path.GetExtension(path);
        if (Site.TryGetValue(extension, out var type))
        {
            return type;
        }

        return Others.TryGetContentType(path, out var other) ? other : "application/octet-stream";
    }

    public static bool IsHtml(string path) => Path.GetExtension(path).Equals(".html", StringComparison.OrdinalIgnoreCase);
}
