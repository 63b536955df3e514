using Steady.Audit;
using Steady.Purl;

namespace Steady.Tests.Audit;

/// <summary>The fixture SBOMs match the fixture registry exactly as the generator's expectations say, and nothing more.</summary>
public sealed class AuditMatchingTests
{
    public static TheoryData<string> Sboms() => new() { AuditFixtures.CycloneDx, AuditFixtures.Spdx };

    [Theory]
    [MemberData(nameof(Sboms))]
    public void Every_dependency_matches_as_expected_and_no_other_matches(string sbom)
    {
        var report = AuditFixtures.Report(sbom);
        var expected = AuditFixtureGenerator.Flatten(AuditFixtureGenerator.Components)
            .Where(c => c.ExpectedSlug is not null)
            .Select(c => (Name: c.Group is null ? c.Name : $"{c.Group}/{c.Name}", c.Version, Slug: c.ExpectedSlug!, Kind: c.ExpectedKind!.Value))
            .OrderBy(x => x.ToString(), StringComparer.Ordinal)
            .ToList();
        var actual = report.Matches
            .Select(m => (m.Dependency.Name, m.Dependency.Version, m.Entry.Slug, m.Kind))
            .OrderBy(x => x.ToString(), StringComparer.Ordinal)
            .ToList();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Sboms))]
    public void All_three_kinds_of_match_are_exercised(string sbom)
    {
        var kinds = AuditFixtures.Report(sbom).Matches.GroupBy(m => m.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(kinds[AuditMatchKind.Exact] >= 2);
        Assert.True(kinds[AuditMatchKind.Package] >= 10);
        Assert.True(kinds[AuditMatchKind.Repository] >= 5);
    }

    [Theory]
    [MemberData(nameof(Sboms))]
    public void CycloneDx_and_Spdx_give_the_same_counts(string sbom)
    {
        var report = AuditFixtures.Report(sbom);
        var expectedDependencies = AuditFixtureGenerator.Flatten(AuditFixtureGenerator.Components).Count() - 1; // one duplicate
        Assert.Equal(expectedDependencies, report.DependencyCount);
        Assert.Equal(20, report.MatchedCount);
        Assert.Equal(15, report.UnderCautionCount);
        Assert.Single(report.Sbom.Warnings, w => w.Message.Contains("pkg:github/onlyname@1.0", StringComparison.Ordinal));
        Assert.Single(report.Sbom.Warnings, w => w.Message.Contains("bad%ZZname", StringComparison.Ordinal));
    }

    [Fact]
    public void The_bom_subject_is_not_a_dependency()
    {
        var sbom = AuditFixtures.Read(AuditFixtures.CycloneDx);
        Assert.DoesNotContain(sbom.Dependencies, d => d.Version == "9.9.9");
    }

    [Fact]
    public void Website_references_are_not_repositories()
    {
        var sbom = AuditFixtures.Read(AuditFixtures.CycloneDx);
        var fork = Assert.Single(sbom.Dependencies, d => d.Name == "libexample-fork");
        Assert.Equal("https://github.com/example-org/libexample-fork", fork.Repository);
    }

    [Fact]
    public void Exact_beats_package_beats_repository()
    {
        var entries = new[]
        {
            Entry("by-repo", [], "https://github.com/x/y"),
            Entry("by-package", ["pkg:npm/y"], null),
            Entry("by-exact", ["pkg:npm/y@1.0.0"], null),
        };
        var matcher = new AuditMatcher(entries);
        var dependency = new SbomDependency("y", "1.0.0", PackageUrl.Parse("pkg:npm/y@1.0.0"), "https://github.com/x/y", "$");

        var exact = matcher.Match(dependency)!;
        Assert.Equal(("by-exact", AuditMatchKind.Exact), (exact.Entry.Slug, exact.Kind));

        var package = matcher.Match(dependency with { Purl = PackageUrl.Parse("pkg:npm/y@2.0.0") })!;
        Assert.Equal(("by-package", AuditMatchKind.Package, "pkg:npm/y"), (package.Entry.Slug, package.Kind, package.MatchedOn));

        var repository = matcher.Match(dependency with { Purl = PackageUrl.Parse("pkg:npm/z@2.0.0") })!;
        Assert.Equal(("by-repo", AuditMatchKind.Repository, "https://github.com/x/y"), (repository.Entry.Slug, repository.Kind, repository.MatchedOn));

        Assert.Null(matcher.Match(dependency with { Purl = PackageUrl.Parse("pkg:npm/z@2.0.0"), Repository = null }));
    }

    [Fact]
    public void A_key_claimed_twice_goes_to_the_first_slug()
    {
        var matcher = new AuditMatcher([Entry("zeta", ["pkg:npm/shared"], null), Entry("alpha", ["pkg:npm/shared"], null)]);
        var match = matcher.Match(new SbomDependency("shared", null, PackageUrl.Parse("pkg:npm/shared"), null, "$"))!;
        Assert.Equal("alpha", match.Entry.Slug);
    }

    private static AuditEntry Entry(string slug, string[] purls, string? repository) =>
        new(slug, slug, $"https://steady.example/projects/{slug}/", purls.Select(PackageUrl.Parse).ToList(), repository, "active",
            AuditCautionLevel.None, [], [], []);
}
