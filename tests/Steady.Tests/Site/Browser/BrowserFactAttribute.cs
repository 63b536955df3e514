namespace Steady.Tests.Site.Browser;

/// <summary>
/// A test that needs Debian's Chromium at <c>/usr/bin/chromium</c>. Without it the test is skipped with a message,
/// unless <c>STEADY_REQUIRE_BROWSER=1</c> (as in CI), where it runs and fails.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && Environment.GetEnvironmentVariable("STEADY_REQUIRE_BROWSER") != "1")
        {
            Skip = $"{Chromium} is missing: install it with `apt-get install -y chromium` (STEADY_REQUIRE_BROWSER=1 makes this a failure)";
        }
    }
}
