using System.Text.Json;
using AngleSharp.Html.Parser;
using Steady.Build;
using Steady.Config;
using Steady.Tests.Support;

namespace Steady.Tests.Enrich;

/// <summary>Enrichment reaches the built site: a release by someone who may not release raises caution everywhere.</summary>
public sealed class EnrichedBuildTests
{
    [Fact]
    public void A_release_by_a_non_maintainer_raises_caution_on_the_page_and_in_caution_json()
    {
        using var temp = new TempDirectory();
        var fixture = Path.Combine(TestPaths.Tests, "Fixtures", "site-registry");
        CopyTree(fixture, temp.Path);
        var enrichment = Directory.CreateDirectory(Path.Combine(temp.Path, "registry-data", "enrichment"));
        File.WriteAllText(Path.Combine(enrichment.FullName, "old-yaml.json"), """
            {
              "archived": false,
              "default_branch": "main",
              "fetched_at": "2026-06-29T06:00:00Z",
              "funding_file": null,
              "funding_problem": null,
              "funding_urls": [],
              "latest_release": { "author": "mallory-x", "published_at": "2026-06-20T09:15:00Z", "tag": "v9.9.9" },
              "license": "MIT",
              "maintainer_accounts": {},
              "open_issues": 0,
              "pushed_at": "2026-06-20T09:00:00Z",
              "repository": "example-org/old-yaml",
              "schema_version": 1,
              "stars": 1
            }
            """);
        var output = Path.Combine(temp.Path, "_site");
        var asOf = new DateOnly(2026, 6, 30);
        var (settings, problems) = SettingsLoader.Load(Path.Combine(temp.Path, SettingsLoader.FileName),
            new SettingsOverrides { Out = output, Theme = Path.Combine(TestPaths.Root, "themes", "default") }, asOf);
        Assert.True(settings is not null, string.Join('\n', problems));

        var result = BuildSite.Run(new BuildOptions(settings!, asOf));

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        using var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "projects", "old-yaml", "index.html")));
        Assert.Equal("Downstream caution: Elevated", page.QuerySelector("#caution-h")!.TextContent.Trim());
        Assert.Contains("release v9.9.9 was published by mallory-x", page.QuerySelector("#caution")!.TextContent);

        using var caution = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "api", "v1", "caution.json")));
        var entry = caution.RootElement.GetProperty("result").EnumerateArray().Single(e => e.GetProperty("slug").GetString() == "old-yaml");
        Assert.Equal("elevated", entry.GetProperty("level").GetString());
        Assert.Contains(entry.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("cause").GetString() == "unexpected-releaser");
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
