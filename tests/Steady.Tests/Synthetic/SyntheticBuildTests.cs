using System.Text.Json;
using System.Text.Json.Nodes;
using Steady.Check;
using Steady.Config;
using Steady.Derive;
using Steady.Plan;
using Steady.Render;
using Steady.Schedule;
using Steady.Synthetic;
using Steady.Tests.Site;
using Steady.Tests.Support;
using Steady.Validate;

namespace Steady.Tests.Synthetic;

/// <summary>A 1,000-project synthetic registry validates and builds into a whole site, and rebuilds unchanged.</summary>
public sealed class SyntheticBuildTests
{
    private const int Count = 1000;

    [Fact]
    public void A_thousand_project_registry_validates_builds_checks_and_rebuilds_unchanged()
    {
        using var temp = new TempDirectory();
        var registry = Path.Combine(temp.Path, "registry");
        SyntheticRegistry.Write(Count, 11, registry);
        var output = Path.Combine(temp.Path, "_site");
        var overrides = new SettingsOverrides { Registry = registry };

        var first = SiteBuilds.Build("site-registry", output, TestPaths.AsOf, overrides: overrides);

        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics.Where(d => d.IsError)));
        Assert.Equal(Count, first.Projects);
        var projectPages = Directory.GetDirectories(Path.Combine(output, "projects"))
            .Count(d => File.Exists(Path.Combine(d, "index.html")));
        Assert.Equal(Count, projectPages);
        Assert.Equal(Count, Directory.GetFiles(Path.Combine(output, "api", "v1", "projects"), "*.json").Length);
        Assert.Equal(2 * Count, Directory.GetFiles(Path.Combine(output, "badges")).Length);

        // Badges repeat across projects of one state; those are written once and linked.
        var badges = Directory.GetFiles(Path.Combine(output, "badges"), "*.svg").Select(File.ReadAllText).ToArray();
        var distinct = badges.Distinct(StringComparer.Ordinal).Count();
        Assert.True(distinct < Count / 10, $"{distinct} distinct badges");
        // Two workers writing equal bytes at the same moment may both write them, so the count is a lower bound.
        Assert.True(first.Written!.Shared > Count, $"{first.Written.Shared} files linked");

        Assert.Empty(SiteChecker.Check(output));

        // The calendar is serialized in chunks on all cores; every date is there once, in the registry's order.
        var (loaded, _) = RegistryValidator.LoadAndValidate(registry, "registry", TestPaths.AsOf);
        var data = SignalDeriver.Derive(loaded.Registry, TestPaths.AsOf);
        var urls = new SiteUrls("https://example.org/");
        var expected = DueDates.Collect(data, new RenderContext(SiteSettings.Default, urls, TestPaths.AsOf))
            .Select(d => d.Uid[..d.Uid.IndexOf('@', StringComparison.Ordinal)]).ToArray();
        Assert.True(expected.Length > 1024, $"{expected.Length} dates");
        var calendar = File.ReadAllText(Path.Combine(output, "feeds", "calendar.ics")).Replace("\r\n ", "", StringComparison.Ordinal);
        var uids = calendar.Split("\r\n").Where(l => l.StartsWith("UID:", StringComparison.Ordinal))
            .Select(l => l[4..l.IndexOf('@', StringComparison.Ordinal)]).ToArray();
        Assert.Equal(expected, uids);

        // The complete API file is written in rounds of projects; it holds each project file's record, compact, in slug order.
        var api = Path.Combine(output, "api", "v1");
        var compact = new JsonSerializerOptions { Encoder = Steady.Api.ApiJson.Encoder };
        var records = Directory.GetFiles(Path.Combine(api, "projects"), "*.json")
            .Select(f => (Slug: Path.GetFileNameWithoutExtension(f), Json: File.ReadAllText(f)))
            .OrderBy(f => f.Slug, StringComparer.Ordinal)
            .Select(f => JsonNode.Parse(f.Json)!["result"]!.ToJsonString(compact));
        var full = FormattableString.Invariant($"{{\"schema_version\":1,\"generated_at\":\"{TestPaths.AsOf:yyyy-MM-dd}\",\"total\":{Count},\"result\":[{string.Join(',', records)}]}}\n");
        Assert.Equal(full, File.ReadAllText(Path.Combine(api, "full.json")));

        var files = SiteBuilds.Files(output);
        var second = SiteBuilds.Build("site-registry", output, TestPaths.AsOf, overrides: overrides);
        Assert.Equal(second.Written!.Files, second.Written.Unchanged);
        var again = SiteBuilds.Files(output);
        Assert.Equal(files.Keys, again.Keys);
        Assert.All(files, f => Assert.True(f.Value.AsSpan().SequenceEqual(again[f.Key]), f.Key));
    }
}
