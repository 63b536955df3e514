using Microsoft.Playwright;

namespace Steady.Tests.Site.Browser;

/// <summary>The built sites in a real browser: the project filter, the inert hostile site, and a phone-sized page.</summary>
[Collection(FixtureSiteCollection.Name)]
public sealed class BrowserTests(FixtureSite site)
{
    private static async Task<int> VisibleRows(IPage page) =>
        await page.EvaluateAsync<int>("() => Array.from(document.querySelectorAll('#projects tbody tr')).filter(r => !r.hidden).length");

    [BrowserFact]
    public async Task The_filter_narrows_the_table_and_restores_from_the_url()
    {
        await using var server = await StaticSiteServer.StartAsync(site.Folder, BuiltSite.BasePath);
        var (playwright, browser) = await Browsers.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            var projects = server.Origin + BuiltSite.BasePath + "projects/";
            await page.GotoAsync(projects);
            Assert.Equal(9, await VisibleRows(page));

            await page.FillAsync("#f-q", "compression");
            Assert.Equal(2, await VisibleRows(page));
            Assert.EndsWith("/projects/?q=compression", page.Url, StringComparison.Ordinal);

            await page.SelectOptionAsync("#f-state", "hiatus");
            Assert.Equal(1, await VisibleRows(page));
            Assert.Contains("state=hiatus", page.Url, StringComparison.Ordinal);
            Assert.Equal("1 of 9 projects", await page.TextContentAsync("#filter-status"));

            await page.GotoAsync(projects + "?state=orphaned&eco=npm");
            Assert.Equal(1, await VisibleRows(page));
            Assert.Equal("orphaned", await page.InputValueAsync("#f-state"));
            Assert.Equal("npm", await page.InputValueAsync("#f-eco"));

            await page.GotoAsync(projects + "?q=pkg%3Anpm%2Fleft");
            Assert.Equal(1, await VisibleRows(page));
            Assert.Equal("pkg:npm/left", await page.InputValueAsync("#f-q"));

            await page.GotoAsync(projects + "?caution=high");
            Assert.Equal(["ntpish"], await page.EvaluateAsync<string[]>(
                "() => Array.from(document.querySelectorAll('#projects tbody tr')).filter(r => !r.hidden).map(r => r.dataset.slug)"));

            await page.GotoAsync(server.Origin + BuiltSite.BasePath);
            await page.FillAsync("#home-q", "router");
            await page.ClickAsync("form.search button");
            // The document's own state, not the browser's navigation events: a load that ends while the click returns
            // can be missed by a waiter that starts after it.
            await page.WaitForFunctionAsync(
                "() => location.pathname.endsWith('/projects/') && location.search === '?q=router' && document.readyState === 'complete'");
            Assert.Equal(1, await VisibleRows(page));
        }
    }

    [BrowserFact]
    public async Task The_table_is_whole_without_javascript()
    {
        await using var server = await StaticSiteServer.StartAsync(site.Folder, BuiltSite.BasePath);
        var (playwright, browser) = await Browsers.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
            var page = await context.NewPageAsync();
            await page.GotoAsync(server.Origin + BuiltSite.BasePath + "projects/?state=hiatus");
            Assert.Equal(9, await page.Locator("#projects tbody tr").CountAsync());
        }
    }

    [BrowserFact]
    public async Task A_project_page_fits_a_phone_screen()
    {
        await using var server = await StaticSiteServer.StartAsync(site.Folder, BuiltSite.BasePath);
        var (playwright, browser) = await Browsers.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
            await page.GotoAsync(server.Origin + BuiltSite.BasePath + "projects/libquill/");
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "the page scrolls sideways at 390 px");
            Directory.CreateDirectory(FixturePaths.Artifacts);
            var file = Path.Combine(FixturePaths.Artifacts, "project-page-390.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 10_000);
        }
    }
}
