using System.Text.Json.Nodes;
using Steady.Api;
using Steady.Model;
using Steady.Tests.Support;

namespace Steady.Tests.Api;

public sealed class ApiContentTests
{
    private static readonly MemorySink Sink = FeedsFixture.PublishAll();

    private static JsonNode File(string path) => JsonNode.Parse(Sink.Text(path))!;

    [Fact]
    public void Purls_maps_every_purl_in_the_registry_and_nothing_else()
    {
        var expected = FeedsFixture.Registry.Projects
            .SelectMany(p => p.Packages.Select(purl => (purl, p.Slug)))
            .OrderBy(x => x.purl, StringComparer.Ordinal)
            .ToArray();

        var purls = File(ApiPaths.Purls);
        var actual = purls["result"]!.AsObject().Select(kv => (kv.Key, (string)kv.Value!)).ToArray();

        Assert.Equal(expected, actual);
        Assert.Equal(expected.Length, (int)purls["total"]!);
    }

    [Fact]
    public void A_purl_claimed_by_two_projects_maps_to_the_first_slug_and_the_keys_stay_sorted()
    {
        // Validation refuses a purl claimed twice; the map must still be stable if one reaches it.
        var projects = FeedsFixture.Registry.Projects;
        var shared = projects[^1].Packages[0];
        var registry = FeedsFixture.Registry with
        {
            Projects = projects.Select((p, i) => i == 0 ? p with { Packages = [.. p.Packages, shared] } : p).ToArray(),
        };

        var purls = new ApiMapper(FeedsFixture.Data(registry), FeedsFixture.Context()).Purls();

        var first = registry.Projects.Where(p => p.Packages.Contains(shared)).Select(p => p.Slug).Order(StringComparer.Ordinal).First();
        Assert.Equal(first, purls[shared]);
        Assert.Equal(purls.Keys.Order(StringComparer.Ordinal), purls.Keys);
        Assert.Equal(registry.Projects.SelectMany(p => p.Packages).Distinct().Count(), purls.Count);
    }

    [Fact]
    public void Caution_agrees_with_the_derived_caution_of_every_project()
    {
        var data = FeedsFixture.Data();
        var listed = File(ApiPaths.Caution)["result"]!.AsArray()
            .ToDictionary(e => (string)e!["slug"]!, e => e!);

        foreach (var signals in data.Projects)
        {
            if (signals.Caution.Level == CautionLevel.None)
            {
                Assert.False(listed.ContainsKey(signals.Slug), $"{signals.Slug} has no caution but is listed");
                continue;
            }

            var entry = listed[signals.Slug];
            Assert.Equal(Validate.Vocabulary.Name(signals.Caution.Level), (string)entry["level"]!);
            Assert.Equal(signals.Caution.Since?.ToString("yyyy-MM-dd"), (string?)entry["since"]);
            Assert.Equal(signals.Caution.Reasons.Select(r => r.Text), entry["reasons"]!.AsArray().Select(r => (string)r!["text"]!));
            Assert.Equal(signals.Project.Packages, entry["packages"]!.AsArray().Select(p => (string)p!));
        }

        Assert.Equal(["gamma-parser", "alpha-compress", "beta-http", "zeta-orphan"], listed.Keys);
    }

    [Fact]
    public void Every_file_has_the_envelope_with_the_as_of_date_and_its_count()
    {
        foreach (var path in Sink.Paths(p => p.StartsWith(ApiPaths.Root, StringComparison.Ordinal) && !p.StartsWith(ApiPaths.SchemaFolder, StringComparison.Ordinal)))
        {
            var file = File(path).AsObject();
            Assert.Equal(["schema_version", "generated_at", "total", "result"], file.Select(kv => kv.Key));
            Assert.Equal(1, (int)file["schema_version"]!);
            Assert.Equal("2026-06-01", (string)file["generated_at"]!);
            var count = file["result"] switch
            {
                JsonArray a => a.Count,
                JsonObject o when path == ApiPaths.Purls => o.Count,
                _ => 1,
            };
            Assert.Equal(count, (int)file["total"]!);
        }
    }

    [Fact]
    public void Projects_and_full_are_sorted_by_slug_and_full_repeats_each_project_file()
    {
        var slugs = FeedsFixture.Registry.Projects.Select(p => p.Slug).Order(StringComparer.Ordinal).ToArray();
        var summaries = File(ApiPaths.Projects)["result"]!.AsArray();
        var full = File(ApiPaths.Full)["result"]!.AsArray();

        Assert.Equal(slugs, summaries.Select(p => (string)p!["slug"]!));
        Assert.Equal(slugs, full.Select(p => (string)p!["slug"]!));
        foreach (var project in full)
        {
            var single = File(ApiPaths.Project((string)project!["slug"]!))["result"];
            Assert.True(JsonNode.DeepEquals(single, project), (string)project["slug"]!);
        }
    }

    [Fact]
    public void The_index_describes_every_published_file()
    {
        var endpoints = File(ApiPaths.Index)["result"]!.AsArray().Select(e => e!.AsObject()).ToArray();
        var patterns = endpoints.Select(e => (string)e["path"]!).ToArray();

        Assert.All(endpoints, e => Assert.False(string.IsNullOrWhiteSpace((string)e["description"]!)));
        Assert.All(endpoints, e => Assert.Equal(FeedsFixture.BaseUrl + (string)e["path"]!, (string)e["url"]!));
        foreach (var path in Sink.Files.Keys)
        {
            Assert.True(patterns.Any(p => Matches(p, path)), $"{path} is not described in index.json");
        }
    }

    [Fact]
    public void Stewards_and_sponsors_say_who_keeps_and_who_funds_what()
    {
        var stewards = File(ApiPaths.Stewards)["result"]!.AsArray();
        var one = stewards.Single(s => (string)s!["github"]! == "steward-one")!;
        var sponsors = File(ApiPaths.Sponsors)["result"]!.AsArray();
        var fund = sponsors.Single(s => (string)s!["slug"]! == "open-fund")!;

        Assert.Equal(["steward-one", "steward-three", "steward-two"], stewards.Select(s => (string)s!["github"]!));
        Assert.Equal("alpha-compress", (string)one["interim_for"]![0]!["project"]!);
        Assert.Equal(["triage", "review", "release"], one["interim_for"]![0]!["powers"]!.AsArray().Select(p => (string)p!));
        Assert.Equal(12000m, (decimal)fund["gives"]![0]!["amount"]!);
        Assert.Equal("year", (string)fund["gives"]![0]!["period"]!);
    }

    [Fact]
    public void No_field_is_null()
    {
        foreach (var path in Sink.Paths(p => p.EndsWith(".json", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(": null", Sink.Text(path));
        }
    }

    private static bool Matches(string template, string path)
    {
        var slug = template.IndexOf("{slug}", StringComparison.Ordinal);
        return slug < 0
            ? template == path
            : path.StartsWith(template[..slug], StringComparison.Ordinal) && path.EndsWith(template[(slug + 6)..], StringComparison.Ordinal)
              && !path[slug..^(template.Length - slug - 6)].Contains('/');
    }
}
