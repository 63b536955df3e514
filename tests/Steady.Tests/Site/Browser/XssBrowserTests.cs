using Microsoft.Playwright;

namespace Steady.Tests.Site.Browser;

/// <summary>Every page of the hostile site in a real browser: no dialog opens, no script runs, nothing is blocked.</summary>
public sealed class XssBrowserTests(XssSite site) : IClassFixture<XssSite>
{
    [BrowserFact]
    public async Task The_hostile_site_runs_no_script()
    {
        await using var server = await StaticSiteServer.StartAsync(site.Folder, BuiltSite.BasePath);
        var (playwright, browser) = await Browsers.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            var problems = new List<string>();
            page.Dialog += async (_, dialog) =>
            {
                problems.Add($"dialog: {dialog.Message}");
                await dialog.DismissAsync();
            };
            page.PageError += (_, error) => problems.Add($"page error: {error}");
            page.Console += (_, message) =>
            {
                // Badges are written by another publisher; until it is part of the build their images are missing.
                if (message.Type == "error")
                {
                    problems.Add($"console: {message.Text} at {message.Location}");
                }
            };

            foreach (var path in site.Pages.Keys)
            {
                var url = server.Origin + BuiltSite.BasePath + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);
                await page.GotoAsync(url);
                foreach (var link in await page.QuerySelectorAllAsync("main a, main img, main svg"))
                {
                    await link.HoverAsync(new ElementHandleHoverOptions { Force = true, Timeout = 2000 });
                }
            }

            Assert.True(problems.Count == 0, string.Join('\n', problems));
        }
    }
}
