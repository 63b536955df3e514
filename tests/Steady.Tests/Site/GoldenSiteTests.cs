namespace Steady.Tests.Site;

/// <summary>
/// The whole fixture site, every file byte for byte, against <c>tests/Golden/site/</c>. After an intended change,
/// regenerate with <c>STEADY_UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~GoldenSiteTests</c>.
/// </summary>
[Collection(FixtureSiteCollection.Name)]
public sealed class GoldenSiteTests(FixtureSite site)
{
    [Fact]
    public void Every_file_of_the_fixture_site_equals_its_golden_file()
    {
        Assert.True(site.Result.Succeeded);
        var golden = FixturePaths.Golden("site");
        if (Support.GoldenFile.Updating)
        {
            if (Directory.Exists(golden))
            {
                Directory.Delete(golden, recursive: true);
            }

            foreach (var (path, bytes) in SiteBuilds.Files(site.Folder))
            {
                var target = Path.Combine(golden, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }
        }

        Assert.True(Directory.Exists(golden), $"no golden files at {golden}; run with STEADY_UPDATE_GOLDEN=1 to write them");
        var expected = SiteBuilds.Files(golden);
        var actual = SiteBuilds.Files(site.Folder);
        var problems = expected.Keys.Except(actual.Keys).Select(p => $"missing: {p}")
            .Concat(actual.Keys.Except(expected.Keys).Select(p => $"not in the golden files: {p}"))
            .Concat(expected.Keys.Intersect(actual.Keys).Where(p => !expected[p].AsSpan().SequenceEqual(actual[p])).Select(p => $"differs: {p}"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(problems.Length == 0,
            $"{problems.Length} file(s) differ from tests/Golden/site (regenerate with STEADY_UPDATE_GOLDEN=1 after checking the change):\n" +
            string.Join('\n', problems));
    }
}
