using System.Net;
using System.Text.RegularExpressions;
using Steady.Build;
using Steady.Serve;
using Steady.Tests.Site;

namespace Steady.Tests.Serve;

/// <summary>
/// <c>steady serve</c> on a free port against a copy of the fixture site: pages under the base path, reload events
/// after edits, errors shown while the last good site keeps being served, and a preview equal to a build's.
/// </summary>
public sealed partial class ServeTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private readonly ServeWorkspace _workspace = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task Pages_are_served_under_the_base_path_with_their_content_types()
    {
        await using var session = await _workspace.StartAsync();
        Assert.Matches("^http://127\\.0\\.0\\.1:[0-9]+/registry/$", session.Url);
        Assert.Contains($"serving {session.Url}", _workspace.Printed, StringComparison.Ordinal);

        var home = await _http.GetAsync(session.Url);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType?.MediaType);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains($"<link rel=\"canonical\" href=\"{session.Url}\">", html, StringComparison.Ordinal);
        Assert.Matches("<script src=\"/__steady/reload.js\\?v=[0-9a-f]{12}\" data-version=\"[0-9]+\" defer></script>\n</head>", html);

        var project = await _http.GetStringAsync(session.Url + "projects/libquill/");
        Assert.Contains("<h1>libquill", project, StringComparison.Ordinal);

        foreach (var (path, type) in new[]
        {
            ("assets/style.css", "text/css"), ("assets/filter.js", "text/javascript"), ("badges/libquill.svg", "image/svg+xml"),
            ("feeds/changes.xml", "application/xml"), ("feeds/changes.atom", "application/atom+xml"), ("feeds/changes.json", "application/json"),
            ("feeds/calendar.ics", "text/calendar"), ("api/v1/index.json", "application/json"), ("sitemap.xml", "application/xml"),
        })
        {
            using var response = await _http.GetAsync(session.Url + path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("__steady", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var style = await _http.GetAsync(session.Url + "assets/style.css"))
        {
            using var again = new HttpRequestMessage(HttpMethod.Get, session.Url + "assets/style.css");
            again.Headers.IfNoneMatch.Add(style.Headers.ETag!);
            using var revalidated = await _http.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        }

        var origin = session.Url[..^"/registry/".Length];
        using (var root = await _http.GetAsync(origin + "/"))
        {
            Assert.Equal(HttpStatusCode.Found, root.StatusCode);
            Assert.Equal("/registry/", root.Headers.Location?.OriginalString);
        }

        using (var folder = await _http.GetAsync(session.Url + "projects"))
        {
            Assert.Equal(HttpStatusCode.Found, folder.StatusCode);
            Assert.Equal("/registry/projects/", folder.Headers.Location?.OriginalString);
        }

        using var missing = await _http.GetAsync(session.Url + "projects/no-such-project/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var notFound = await missing.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Page not found</h1>", notFound, StringComparison.Ordinal);
        Assert.Contains("/__steady/reload.js", notFound, StringComparison.Ordinal);

        using var script = await _http.GetAsync(origin + "/__steady/reload.js");
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("new EventSource(", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_reloads_the_pages_that_show_it_and_no_other()
    {
        await using var session = await _workspace.StartAsync();
        var origin = session.Url[..^"/registry/".Length];
        var version = Version(await _http.GetStringAsync(session.Url + "projects/libquill/"));
        using var edited = await EventStreamReader.OpenAsync(_http, origin, "/registry/projects/libquill/", version);
        using var list = await EventStreamReader.OpenAsync(_http, origin, "/registry/projects/", version);
        using var other = await EventStreamReader.OpenAsync(_http, origin, "/registry/projects/zstream/", version);

        _workspace.EditProject("libquill", yaml => yaml.Replace(
            "summary: Fictional compression library", "summary: Edited compression library", StringComparison.Ordinal));

        var reload = await edited.NextAsync(Wait);
        Assert.Equal(new SseEvent("reload", "projects/libquill/index.html"), reload);
        Assert.Contains("Edited compression library", await _http.GetStringAsync(session.Url + "projects/libquill/"), StringComparison.Ordinal);

        // The list pages follow once the site-wide files are rendered again.
        Assert.Equal("reload", (await list.NextAsync(Wait)).Name);
        Assert.Contains("Edited compression library", await _http.GetStringAsync(session.Url + "projects/"), StringComparison.Ordinal);

        // Another project's page did not change, so it is not reloaded.
        await Assert.ThrowsAsync<TimeoutException>(() => other.NextAsync(TimeSpan.FromMilliseconds(500)));
        Assert.Contains("rebuilt 1 project in", _workspace.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_edit_shows_the_errors_and_the_last_good_site_is_still_served()
    {
        await using var session = await _workspace.StartAsync();
        var origin = session.Url[..^"/registry/".Length];
        using var events = await EventStreamReader.OpenAsync(_http, origin, "/registry/projects/libquill/");
        var good = File.ReadAllText(_workspace.ProjectFile("libquill"));

        _workspace.EditProject("libquill", yaml => yaml.Replace("\nsummary: Fictional", "\n<img src=x onerror=alert(1)>: 1\nsummary: Fictional", StringComparison.Ordinal));

        var failed = await events.NextAsync(Wait);
        Assert.Equal("failed", failed.Name);
        Assert.True(failed.Data.Contains("libquill.yml:2:1: error ST001", StringComparison.Ordinal), failed.Data);
        Assert.Contains("libquill.yml:2:1: error ST001", _workspace.Printed, StringComparison.Ordinal);
        Assert.Contains("the last good site is still served", _workspace.Printed, StringComparison.Ordinal);

        using (var page = await _http.GetAsync(session.Url + "projects/libquill/"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("Fictional compression library", html, StringComparison.Ordinal);
            Assert.Contains("<div class=\"steady-serve-errors\" role=\"alert\">", html, StringComparison.Ordinal);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.Matches("<link rel=\"stylesheet\" href=\"/__steady/serve.css\\?v=[0-9a-f]{12}\">", html);
        }

        File.WriteAllText(_workspace.ProjectFile("libquill"), good.Replace("Fictional compression", "Fixed compression", StringComparison.Ordinal));
        Assert.Equal("reload", (await events.NextAsync(Wait)).Name);
        var fixedPage = await _http.GetStringAsync(session.Url + "projects/libquill/");
        Assert.Contains("Fixed compression library", fixedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("steady-serve-errors", fixedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registry_invalid_from_the_start_is_shown_until_fixed()
    {
        var good = File.ReadAllText(_workspace.ProjectFile("zstream"));
        File.WriteAllText(_workspace.ProjectFile("zstream"), "name: [unclosed\n");
        await using var session = await _workspace.StartAsync();
        Assert.Contains("nothing to serve until they are fixed", _workspace.Printed, StringComparison.Ordinal);

        using (var waiting = await _http.GetAsync(session.Url))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
            var html = await waiting.Content.ReadAsStringAsync();
            Assert.Contains("zstream.yml:2:1: error SY001", html, StringComparison.Ordinal);
            Assert.Contains("/__steady/reload.js", html, StringComparison.Ordinal);
        }

        var origin = session.Url[..^"/registry/".Length];
        using var events = await EventStreamReader.OpenAsync(_http, origin, "/registry/");
        File.WriteAllText(_workspace.ProjectFile("zstream"), good);
        Assert.Equal("reload", (await events.NextAsync(Wait)).Name);
        using var home = await _http.GetAsync(session.Url);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.DoesNotContain("steady-serve-errors", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_project_is_served_and_its_missing_page_reloads()
    {
        await using var session = await _workspace.StartAsync();
        var origin = session.Url[..^"/registry/".Length];
        using (var missing = await _http.GetAsync(session.Url + "projects/newquill/"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        using var events = await EventStreamReader.OpenAsync(_http, origin, "/registry/projects/newquill/");
        var yaml = File.ReadAllText(_workspace.ProjectFile("libquill"))
            .Replace("name: libquill", "name: newquill", StringComparison.Ordinal)
            .Replace("libquill", "newquill", StringComparison.Ordinal);
        File.WriteAllText(_workspace.ProjectFile("newquill"), yaml);

        Assert.Equal(new SseEvent("reload", "projects/newquill/index.html"), await events.NextAsync(Wait));
        Assert.Contains("<h1>newquill", await _http.GetStringAsync(session.Url + "projects/newquill/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_change_rebuilds_every_page()
    {
        await using var session = await _workspace.StartAsync();
        var origin = session.Url[..^"/registry/".Length];
        using var events = await EventStreamReader.OpenAsync(_http, origin, "/registry/stewards/");
        var footer = Path.Combine(_workspace.Theme, "partials", "footer.html");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("</footer>", "<p>Previewed locally.</p>\n</footer>", StringComparison.Ordinal));

        Assert.Equal("reload", (await events.NextAsync(Wait)).Name);
        Assert.Contains("<p>Previewed locally.</p>", await _http.GetStringAsync(session.Url + "stewards/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_on_disk_is_the_build_output_without_the_reload_script()
    {
        await using var session = await _workspace.StartAsync();
        var origin = session.Url[..^"/registry/".Length];
        using var list = await EventStreamReader.OpenAsync(_http, origin, "/registry/projects/");
        _workspace.EditProject("zstream", yaml => yaml.Replace("name: zstream", "name: zstream-renamed", StringComparison.Ordinal));
        Assert.Equal("reload", (await list.NextAsync(Wait)).Name);

        Assert.False(Directory.Exists(_workspace.Out), "serve wrote the build's output folder");
        var preview = Files(session.Folder);
        Assert.DoesNotContain(preview.Values, bytes => System.Text.Encoding.UTF8.GetString(bytes).Contains("__steady", StringComparison.Ordinal));

        var built = Path.Combine(Path.GetDirectoryName(_workspace.Out)!, "built");
        var result = BuildSite.Run(new BuildOptions(_workspace.Settings with { BaseUrl = session.Url, Out = built }, FixturePaths.AsOf));
        Assert.True(result.Succeeded);
        var expected = Files(built);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), preview.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, f => Assert.True(f.Value.AsSpan().SequenceEqual(preview[f.Key]), $"{f.Key} differs from the build's"));
        Assert.Contains("zstream-renamed", System.Text.Encoding.UTF8.GetString(preview["projects/zstream/index.html"]), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _http.Dispose();
        _workspace.Dispose();
    }

    private static long Version(string html) =>
        long.Parse(VersionAttribute().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    [GeneratedRegex("data-version=\"([0-9]+)\"")]
    private static partial Regex VersionAttribute();
}
