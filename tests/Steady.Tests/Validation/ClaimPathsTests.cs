using Steady.Load;
using Steady.Model;
using Steady.Tests.Support;
using Steady.Validate;

namespace Steady.Tests.Validation;

/// <summary>What an entry keeps for the rules across files: the positions they report at, and nothing else.</summary>
public sealed class ClaimPathsTests
{
    [Theory]
    [InlineData("repository")]
    [InlineData("packages[0]")]
    [InlineData("packages[2]")]
    [InlineData("interim_stewards[0].github")]
    [InlineData("funding.sources[0].sponsor")]
    // Absent values: the position falls back to the nearest parent written, as in the whole entry.
    [InlineData("packages[7]")]
    [InlineData("interim_stewards[4].github")]
    [InlineData("funding.sources[3].sponsor")]
    [InlineData("status.successor")]
    public void A_claim_reports_where_the_whole_entry_would(string path)
    {
        var project = FullExample();
        var claims = ProjectClaims.Of(project, ProjectKeys.Of(project));

        Assert.Equal(project.Source.Find(path), claims.Source.Find(path));
    }

    [Fact]
    public void A_claim_keeps_no_other_position()
    {
        var project = FullExample();
        var claims = ProjectClaims.Of(project, ProjectKeys.Of(project));

        Assert.True(project.Source.TryGet("history[0].date", out _));
        Assert.False(claims.Source.TryGet("history[0].date", out _));
        Assert.False(claims.Source.TryGet("name", out _));
        Assert.False(claims.Source.TryGet("interim_stewards[0].since", out _));
        Assert.True(claims.Source.TryGet("interim_stewards[0].github", out _));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("packages[12]", true)]
    [InlineData("packages[1].x", false)]
    [InlineData("packages", true)]
    [InlineData("funding.sources[2]", true)]
    [InlineData("funding.sources[2].sponsor", true)]
    [InlineData("funding.sources[2].amount", false)]
    [InlineData("funding.channels[0].url", false)]
    [InlineData("interim_stewards[1].github", true)]
    [InlineData("interim_stewards[1].powers[0]", false)]
    [InlineData("status.state", false)]
    [InlineData("repository", true)]
    public void The_kept_paths_are_the_claims_and_their_parents(string path, bool kept)
    {
        Assert.Equal(kept, ClaimPaths.IsClaimed(path));
    }

    private static Project FullExample() =>
        Assert.Single(RegistryLoader.Load(Path.Combine(TestPaths.Corpus, "good", "full-example"), "", TestPaths.AsOf).Registry.Projects);
}
