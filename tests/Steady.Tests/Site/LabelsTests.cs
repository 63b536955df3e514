using Steady.Model;
using Steady.Plan;

namespace Steady.Tests.Site;

/// <summary>How the vocabulary, dates, money and links read on the pages.</summary>
public sealed class LabelsTests
{
    [Fact]
    public void Vocabulary_reads_as_words() =>
        Assert.Equal(
            ["Seeking successor", "Maintenance only", "Co-maintainer", "Security triage", "GitHub Sponsors", "Maintainer added"],
            [Labels.State(ProjectState.SeekingSuccessor), Labels.State(ProjectState.MaintenanceOnly), Labels.Of(MaintainerRole.CoMaintainer),
                Labels.Of(HelpKind.SecurityTriage), Labels.Platform(FundingPlatform.GitHubSponsors), Labels.Of(EventKind.MaintainerAdded)]);

    [Fact]
    public void Every_state_has_a_meaning() =>
        Assert.All(Enum.GetValues<ProjectState>(), s => Assert.EndsWith(".", Labels.StateMeaning(s), StringComparison.Ordinal));

    [Theory]
    [InlineData("https://www.example.org/a/b/?q=1#x", "example.org/a/b")]
    [InlineData("https://github.com/org/repo", "github.com/org/repo")]
    [InlineData("http://example.org/", "example.org")]
    public void Links_read_as_host_and_path(string url, string text) => Assert.Equal(text, Labels.Short(url));

    [Fact]
    public void Dates_and_money_are_invariant()
    {
        Assert.Equal("0987-03-04", Labels.Date(new DateOnly(987, 3, 4)));
        Assert.Equal("12,000.5 EUR a year", Labels.Money(12000.5m, "EUR", FundingPeriod.Year));
        Assert.Equal("8.33", Labels.Money(8.333m));
    }
}
