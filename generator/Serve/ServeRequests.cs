using System.Globalization;
using Microsoft.AspNetCore.Http;
using Steady.Write;

namespace Steady.Serve;

/// <summary>
/// Answers the requests of <c>steady serve</c>: the site's files under the base path (with the right content type,
/// <c>index.html</c> for folders, the site's <c>404.html</c> for misses), HTML with the reload script added, and
/// serve's own script, style and event stream under <c>/__steady/</c>. Requests wait for the first build.
/// </summary>
internal sealed class ServeRequests(ServeSite site, ReloadHub hub, CancellationToken stopping)
{
    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var response = http.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var path = request.Path.Value is { Length: > 0 } p ? p : "/";
        switch (path)
        {
            case ServePaths.Script:
                await SendAssetAsync(http, ServeAssets.Script, "text/javascript; charset=utf-8");
                return;
            case ServePaths.Style:
                await SendAssetAsync(http, ServeAssets.Style, "text/css; charset=utf-8");
                return;
            case ServePaths.Events:
                await EventsAsync(http);
                return;
        }

        await site.Ready.WaitAsync(http.RequestAborted);
        if (!site.HasSite)
        {
            var errors = site.State.Errors ?? ["the site is not built yet"];
            await SendBytesAsync(http, HtmlInjection.NoSitePage(site.State.Generation, errors), "text/html; charset=utf-8",
                StatusCodes.Status503ServiceUnavailable);
            return;
        }

        var basePath = site.BasePath;
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path == "/" || path + "/" == basePath)
            {
                Redirect(http, basePath);
                return;
            }

            await NotFoundAsync(http);
            return;
        }

        var sitePath = SitePath(path[basePath.Length..]);
        var file = sitePath is null ? null : Path.Combine(site.Folder, sitePath.Replace('/', Path.DirectorySeparatorChar));
        if (file is not null && File.Exists(file))
        {
            await SendFileAsync(http, file, StatusCodes.Status200OK);
        }
        else if (file is not null && !path.EndsWith('/') && Directory.Exists(file))
        {
            Redirect(http, path + "/" + request.QueryString);
        }
        else
        {
            await NotFoundAsync(http);
        }
    }

    /// <summary>The file a path under the base path names (<c>index.html</c> for a folder), or null when it names none of the site's files.</summary>
    public static string? SitePath(string relative)
    {
        var sitePath = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        return SitePathRules.Problem(sitePath) is null && !sitePath.Split('/').Any(s => s.StartsWith('.')) ? sitePath : null;
    }

    private async Task EventsAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var page = Uri.UnescapeDataString(query["page"].ToString());
        var sitePath = page.StartsWith(site.BasePath, StringComparison.Ordinal) ? SitePath(page[site.BasePath.Length..]) : null;
        var generation = long.TryParse(query["v"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : site.State.Generation;

        var response = http.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        var client = hub.Connect(sitePath ?? page, generation);
        try
        {
            await response.WriteAsync("retry: 1000\n: steady serve\n\n", cancel.Token);
            await response.Body.FlushAsync(cancel.Token);
            await foreach (var e in client.Events.ReadAllAsync(cancel.Token))
            {
                await response.WriteAsync(e.ToWire(), cancel.Token);
                await response.Body.FlushAsync(cancel.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The page went away or the server is stopping.
        }
        finally
        {
            hub.Disconnect(client);
        }
    }

    private async Task NotFoundAsync(HttpContext http)
    {
        var page = Path.Combine(site.Folder, "404.html");
        if (File.Exists(page))
        {
            await SendFileAsync(http, page, StatusCodes.Status404NotFound);
            return;
        }

        await SendBytesAsync(http, "not found\n"u8.ToArray(), "text/plain; charset=utf-8", StatusCodes.Status404NotFound);
    }

    private async Task SendFileAsync(HttpContext http, string file, int status)
    {
        if (ContentTypes.IsHtml(file))
        {
            // The generation is read before the file: a change landing in between makes the page reload once more, never miss a change.
            var generation = site.State.Generation;
            var errors = site.State.Errors;
            byte[] html;
            try
            {
                html = await File.ReadAllBytesAsync(file, http.RequestAborted);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                await NotFoundAsync(http);
                return;
            }

            await SendBytesAsync(http, HtmlInjection.Inject(html, generation, errors), ContentTypes.For(file), status);
            return;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, useAsync: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            await NotFoundAsync(http);
            return;
        }

        await using (stream)
        {
            var response = http.Response;
            if (status == StatusCodes.Status200OK)
            {
                // Assets, feeds and API files are revalidated, not fetched again, when a page reloads.
                var info = new FileInfo(file);
                var tag = string.Create(CultureInfo.InvariantCulture, $"\"{stream.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"");
                response.Headers.CacheControl = "no-cache";
                response.Headers.ETag = tag;
                if (http.Request.Headers.IfNoneMatch.Contains(tag))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }
            }

            response.StatusCode = status;
            response.ContentType = ContentTypes.For(file);
            response.ContentLength = stream.Length;
            if (HttpMethods.IsGet(http.Request.Method))
            {
                await stream.CopyToAsync(response.Body, http.RequestAborted);
            }
        }
    }

    /// <summary>Serve's own script or style: kept by the browser when asked for with the current version.</summary>
    private static Task SendAssetAsync(HttpContext http, byte[] body, string contentType)
    {
        if (http.Request.Query["v"] == ServeAssets.Version)
        {
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        }

        return SendBytesAsync(http, body, contentType, StatusCodes.Status200OK);
    }

    private static async Task SendBytesAsync(HttpContext http, byte[] body, string contentType, int status)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            await response.Body.WriteAsync(body, http.RequestAborted);
        }
    }

    private static void Redirect(HttpContext http, string location)
    {
        http.Response.StatusCode = StatusCodes.Status302Found;
        http.Response.Headers.Location = location;
    }
}
