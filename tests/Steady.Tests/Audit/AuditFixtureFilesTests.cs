using Steady.Tests.Support;

namespace Steady.Tests.Audit;

/// <summary>The committed fixture SBOMs are exactly what the generator writes (STEADY_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class AuditFixtureFilesTests
{
    [Fact]
    public void CycloneDx_fixture_is_generated() => CheckFixture(AuditFixtures.CycloneDx, AuditFixtureGenerator.CycloneDx());

    [Fact]
    public void Spdx_fixture_is_generated() => CheckFixture(AuditFixtures.Spdx, AuditFixtureGenerator.Spdx());

    [Fact]
    public void Fixtures_hold_a_few_hundred_components() =>
        Assert.InRange(AuditFixtureGenerator.Flatten(AuditFixtureGenerator.Components).Count(), 300, 400);

    private static void CheckFixture(string relativePath, string generated)
    {
        var path = SourceTree.PathOf(relativePath);
        if (SourceTree.UpdateGolden)
        {
            File.WriteAllText(path, generated);
            return;
        }

        Assert.True(File.Exists(path), $"{relativePath} is missing; run the tests with STEADY_UPDATE_GOLDEN=1 to write it");
        Assert.True(File.ReadAllText(path) == generated, $"{relativePath} differs from the generator; run the tests with STEADY_UPDATE_GOLDEN=1");
    }
}
