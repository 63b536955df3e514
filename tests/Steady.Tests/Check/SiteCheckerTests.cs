using Steady.Check;
using Steady.Tests.Support;

namespace Steady.Tests.Check;

public sealed class SiteCheckerTests
{
    private static string Fixture(string name) => Path.Combine(TestPaths.Tests, "Fixtures", "check-site", name);

    [Fact]
    public void A_sound_site_under_a_sub_path_has_no_problems()
    {
        Assert.Empty(SiteChecker.Check(Fixture("good")));
    }

    [Fact]
    public void Broken_links_missing_anchors_and_missing_alt_text_are_each_reported()
    {
        var problems = SiteChecker.Check(Fixture("broken")).Select(p => p.ToString()).ToArray();

        Assert.Equal(
        [
            "index.html: a[href] '/elsewhere/' points outside the site's base path /registry/",
            "index.html: a[href] '/registry/projects/one/#nowhere': no element with id 'nowhere' in projects/one/index.html",
            "index.html: a[href] '/registry/projects/two/' does not resolve to a file",
            "index.html: image '/registry/logo.svg' has no alt text",
            "index.html: link[href] '/registry/feeds/missing.xml' does not resolve to a file",
            "projects/one/index.html: id 'a' is used 2 times",
            "projects/one/index.html: the html element has no lang attribute",
            "projects/one/index.html: the page has 2 h1 elements; it needs exactly one",
            "projects/one/index.html: the page has no title",
        ], problems);
    }

    [Fact]
    public void The_check_command_exits_one_on_problems_and_zero_on_a_sound_site()
    {
        Assert.Equal(1, CommandRunner.Run("check", "--site", Fixture("broken")).ExitCode);
        var (code, output) = CommandRunner.Run("check", "--site", Fixture("good"));
        Assert.Equal(0, code);
        Assert.Contains("2 pages checked: no problems", output);
    }
}
