using Microsoft.Playwright;
using Steady.Serve;
using Steady.Tests.Site.Browser;

namespace Steady.Tests.Serve;

/// <summary>A page open in Chromium follows the edits: it reloads after a save, shows the errors of an invalid one, and the theme's Content-Security-Policy lets the reload script run.</summary>
public sealed class ServeBrowserTests : IDisposable
{
    private const float Timeout = 20_000;

    private readonly ServeWorkspace _workspace = new();

    [BrowserFact]
    public async Task The_open_page_reloads_after_an_edit_and_shows_the_errors_of_an_invalid_one()
    {
        await using var session = await _workspace.StartAsync();
        var (playwright, browser) = await Browsers.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            var problems = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    problems.Add(message.Text);
                }
            };
            page.PageError += (_, error) => problems.Add(error);

            await page.GotoAsync(session.Url + "projects/libquill/");
            await Listening(session);
            _workspace.EditProject("libquill", yaml => yaml.Replace(
                "summary: Fictional compression library", "summary: Reloaded compression library", StringComparison.Ordinal));
            await page.GetByText("Reloaded compression library").First.WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });

            await Listening(session);
            _workspace.EditProject("libquill", yaml => yaml.Replace("\nsummary: Reloaded", "\nsumary: typo\nsummary: Reloaded", StringComparison.Ordinal));
            var banner = page.Locator(".steady-serve-errors");
            await banner.WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
            Assert.Contains("error ST001", await banner.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal("sticky", await banner.EvaluateAsync<string>("e => getComputedStyle(e).position"));
            Assert.True(problems.Count == 0, string.Join('\n', problems));
        }
    }

    public void Dispose() => _workspace.Dispose();

    /// <summary>Waits until the page's reload script has opened its event stream.</summary>
    private static async Task Listening(ServeSession session)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (session.Listeners == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the page did not open /__steady/events within 20 s");
            await Task.Delay(20);
        }
    }
}
