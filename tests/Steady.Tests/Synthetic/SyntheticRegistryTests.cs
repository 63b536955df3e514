using System.Globalization;
using System.Text.RegularExpressions;
using Steady.Synthetic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Steady.Tests.Synthetic;

public sealed partial class SyntheticRegistryTests(SyntheticRegistryFixture fixture) : IClassFixture<SyntheticRegistryFixture>
{
    private static readonly DateOnly MinDate = new(2015, 1, 1);
    private static readonly DateOnly MaxDate = new(2026, 11, 1);

    private static readonly string[] States =
        ["active", "maintenance-only", "hiatus", "seeking-successor", "handover", "orphaned", "unresponsive", "deprecated", "archived"];

    [Fact]
    public void Same_seed_gives_byte_identical_folders()
    {
        var again = fixture.NewFolder("again");
        var againHugo = fixture.NewFolder("again-hugo");
        SyntheticRegistry.Write(SyntheticRegistryFixture.Count, SyntheticRegistryFixture.Seed, again, againHugo);

        AssertSameFolders(fixture.Registry, again);
        AssertSameFolders(fixture.Hugo, againHugo);
    }

    [Fact]
    public void Registry_is_the_same_with_or_without_hugo_content()
    {
        var alone = fixture.NewFolder("alone");
        SyntheticRegistry.Write(SyntheticRegistryFixture.Count, SyntheticRegistryFixture.Seed, alone);

        AssertSameFolders(fixture.Registry, alone);
    }

    [Fact]
    public void Different_seed_gives_a_different_registry()
    {
        var other = fixture.NewFolder("other");
        SyntheticRegistry.Write(SyntheticRegistryFixture.Count, SyntheticRegistryFixture.Seed + 1, other);

        Assert.NotEqual(RelativeFiles(fixture.Registry), RelativeFiles(other));
        Assert.NotEqual(
            File.ReadAllBytes(Path.Combine(fixture.Registry, "stewards.yml")),
            File.ReadAllBytes(Path.Combine(other, "stewards.yml")));
    }

    [Fact]
    public void File_counts_are_right()
    {
        Assert.Equal(SyntheticRegistryFixture.Count, Directory.GetFiles(Path.Combine(fixture.Registry, "projects"), "*.yml").Length);
        Assert.Equal(SyntheticRegistryFixture.Count, Directory.GetFiles(Path.Combine(fixture.Hugo, "content", "projects"), "*.md").Length);
        Assert.Equal(RegistryFactory.SponsorCount, Directory.GetFiles(Path.Combine(fixture.Registry, "sponsors"), "*.yml").Length);
        Assert.True(File.Exists(Path.Combine(fixture.Registry, "stewards.yml")));
        Assert.Equal(SyntheticRegistryFixture.Count + RegistryFactory.SponsorCount + 1, Directory.GetFiles(fixture.Registry, "*", SearchOption.AllDirectories).Length);
        Assert.Equal(
            new SyntheticSummary(SyntheticRegistryFixture.Count, RegistryFactory.StewardCount, RegistryFactory.SponsorCount, SyntheticRegistryFixture.Count, fixture.Summary.Bytes),
            fixture.Summary);
        Assert.Equal(TotalBytes(fixture.Registry) + TotalBytes(fixture.Hugo), fixture.Summary.Bytes);
    }

    [Fact]
    public void Slugs_purls_and_repositories_are_unique_and_well_formed()
    {
        var slugs = Directory.GetFiles(Path.Combine(fixture.Registry, "projects"), "*.yml")
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();
        Assert.Equal(slugs.Count, slugs.Distinct(StringComparer.Ordinal).Count());
        Assert.All(slugs, slug => Assert.Matches(SlugPattern(), slug!));

        var purls = new HashSet<string>(StringComparer.Ordinal);
        var repositories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, project) in Projects())
        {
            var packages = Sequence(project, "packages");
            Assert.InRange(packages.Count, 2, 4);
            foreach (var purl in packages)
            {
                Assert.Matches(PurlPattern(), purl);
                Assert.True(purls.Add(purl), $"purl {purl} appears twice");
            }

            var repository = Scalar(project, "repository");
            Assert.Matches(RepositoryPattern(), repository);
            Assert.True(repositories.Add(repository), $"repository {repository} appears twice");
        }
    }

    [Fact]
    public void Every_project_follows_the_registry_format()
    {
        var slugs = Directory.GetFiles(Path.Combine(fixture.Registry, "projects"), "*.yml")
            .Select(path => Path.GetFileNameWithoutExtension(path)!)
            .ToHashSet(StringComparer.Ordinal);
        var stewards = Sequence(Load(Path.Combine(fixture.Registry, "stewards.yml")), "stewards", node => Scalar((YamlMappingNode)node, "github"))
            .ToHashSet(StringComparer.Ordinal);
        var sponsors = Directory.GetFiles(Path.Combine(fixture.Registry, "sponsors"), "*.yml")
            .Select(path => Path.GetFileNameWithoutExtension(path)!)
            .ToHashSet(StringComparer.Ordinal);
        var states = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (slug, project) in Projects())
        {
            var maintainers = (YamlSequenceNode)project["maintainers"];
            Assert.Equal(3, maintainers.Children.Count);
            Assert.Equal(3, maintainers.Select(m => Scalar((YamlMappingNode)m, "github")).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.Equal("lead", Scalar((YamlMappingNode)maintainers[0], "role"));
            foreach (YamlMappingNode maintainer in maintainers.Cast<YamlMappingNode>())
            {
                AssertDate(maintainer, "since");
            }

            Assert.InRange(Sequence(project, "ecosystems").Count, 1, 3);
            Assert.Contains(Scalar(project, "criticality"), new[] { "critical", "high", "moderate" });
            Assert.InRange(Scalar(project, "summary").Length, 60, 140);

            var status = (YamlMappingNode)project["status"];
            var state = Scalar(status, "state");
            Assert.Contains(state, States);
            states.Add(state);
            var since = AssertDate(status, "since");
            Assert.True(AssertDate(status, "reviewed") >= since, $"{slug}: reviewed before since");
            Assert.Equal(state == "hiatus", status.Children.ContainsKey("until"));
            if (state == "hiatus")
            {
                Assert.True(AssertDate(status, "until") > since, $"{slug}: until not after since");
            }

            Assert.Equal(state == "deprecated", status.Children.ContainsKey("successor"));
            if (state == "deprecated")
            {
                var successor = Scalar(status, "successor");
                Assert.Contains(successor, slugs);
                Assert.NotEqual(slug, successor);
            }

            if (project.Children.TryGetValue("interim_stewards", out var interim))
            {
                Assert.InRange(((YamlSequenceNode)interim).Children.Count, 1, 2);
                foreach (var steward in ((YamlSequenceNode)interim).Cast<YamlMappingNode>())
                {
                    Assert.Contains(Scalar(steward, "github"), stewards);
                    AssertDate(steward, "since");
                    Assert.All(Sequence(steward, "powers"), power => Assert.Contains(power, new[] { "triage", "review", "merge", "release" }));
                }
            }

            var funding = (YamlMappingNode)project["funding"];
            Assert.InRange(((YamlSequenceNode)funding["channels"]).Children.Count, 1, 2);
            if (funding.Children.TryGetValue("sources", out var sources))
            {
                foreach (var source in ((YamlSequenceNode)sources).Cast<YamlMappingNode>())
                {
                    Assert.Contains(Scalar(source, "sponsor"), sponsors);
                    AssertDate(source, "since");
                }
            }

            var history = ((YamlSequenceNode)project["history"]).Cast<YamlMappingNode>().ToList();
            Assert.Equal(5, history.Count);
            var dates = history.Select(item => AssertDate(item, "date")).ToList();
            Assert.Equal(dates.Order().Distinct(), dates);
            Assert.All(history, item => Assert.StartsWith("https://", Scalar(item, "source"), StringComparison.Ordinal));
            var lastStatus = history.Last(item => Scalar(item, "kind") == "status");
            Assert.Equal(state, Scalar(lastStatus, "state"));
            Assert.Equal(since, AssertDate(lastStatus, "date"));
        }

        Assert.Equal(States.Length, states.Count);
    }

    [Fact]
    public void Stewards_are_vouched_for_by_earlier_stewards()
    {
        var stewards = ((YamlSequenceNode)Load(Path.Combine(fixture.Registry, "stewards.yml"))["stewards"]).Cast<YamlMappingNode>().ToList();
        Assert.Equal(RegistryFactory.StewardCount, stewards.Count);
        var since = stewards.ToDictionary(s => Scalar(s, "github"), s => AssertDate(s, "since"), StringComparer.Ordinal);
        var founding = since.Values.Min();
        foreach (var steward in stewards)
        {
            var date = since[Scalar(steward, "github")];
            if (date == founding)
            {
                Assert.False(steward.Children.ContainsKey("vouched_by"));
                continue;
            }

            var vouchers = Sequence(steward, "vouched_by");
            Assert.Equal(2, vouchers.Distinct(StringComparer.Ordinal).Count());
            Assert.All(vouchers, voucher => Assert.True(since[voucher] < date, $"{voucher} was not a steward before {date}"));
        }
    }

    [Fact]
    public void Sponsors_have_a_name_url_and_kind()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(fixture.Registry, "sponsors"), "*.yml"))
        {
            var sponsor = Load(path);
            Assert.Equal(["name", "url", "kind"], sponsor.Children.Keys.Select(key => ((YamlScalarNode)key).Value));
            Assert.StartsWith("https://", Scalar(sponsor, "url"), StringComparison.Ordinal);
            Assert.Contains(Scalar(sponsor, "kind"), new[] { "company", "foundation", "government", "individual" });
        }
    }

    [Fact]
    public void Hugo_pages_carry_the_entry_in_their_front_matter()
    {
        foreach (var (slug, project) in Projects().Take(50))
        {
            var text = File.ReadAllText(Path.Combine(fixture.Hugo, "content", "projects", slug + ".md"));
            Assert.StartsWith("---\n", text, StringComparison.Ordinal);
            var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            Assert.True(end > 0, $"{slug}: front matter not closed");
            var front = LoadText(text[4..(end + 1)]);
            Assert.Equal(Scalar(project, "name"), Scalar(front, "title"));
            Assert.Equal(Scalar((YamlMappingNode)project["status"], "state"), Scalar(front, "state"));
            Assert.Equal(Sequence(project, "packages"), Sequence(front, "packages"));
            Assert.Equal(((YamlSequenceNode)project["history"]).Children.Count, ((YamlSequenceNode)front["history"]).Children.Count);
            Assert.True(text.Length - end > 200, $"{slug}: body too short");
        }
    }

    [Fact]
    public void Free_text_with_quotes_and_colons_round_trips()
    {
        var builder = new System.Text.StringBuilder("key: ");
        builder.Quoted("Release 1.2: fixes a \"use after free\" \\ in C:\\path # not a comment\ttab").Append('\n');
        var node = LoadText(builder.ToString());
        Assert.Equal("Release 1.2: fixes a \"use after free\" \\ in C:\\path # not a comment\ttab", Scalar(node, "key"));
        Assert.False(YamlText.IsPlainSafe("yes"));
        Assert.False(YamlText.IsPlainSafe("a b"));
        Assert.False(YamlText.IsPlainSafe("2024-01-01"));
        Assert.True(YamlText.IsPlainSafe("pkg:npm/%40scope/name"));
    }

    [Fact]
    public void Writing_into_a_folder_that_is_not_empty_fails()
    {
        Assert.Throws<IOException>(() => SyntheticRegistry.Write(1, 1, fixture.Registry));
    }

    private IEnumerable<(string Slug, YamlMappingNode Project)> Projects() =>
        Directory.GetFiles(Path.Combine(fixture.Registry, "projects"), "*.yml")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileNameWithoutExtension(path)!, Load(path)));

    /// <summary>Loads one YAML document, failing on any anchor, alias or tag.</summary>
    private static YamlMappingNode Load(string path) => LoadText(File.ReadAllText(path));

    private static YamlMappingNode LoadText(string text)
    {
        var parser = new Parser(new StringReader(text));
        while (parser.MoveNext())
        {
            Assert.IsNotType<AnchorAlias>(parser.Current);
            if (parser.Current is NodeEvent node)
            {
                Assert.True(node.Anchor.IsEmpty, $"anchor {node.Anchor} at {node.Start}");
                Assert.True(node.Tag.IsEmpty, $"tag {node.Tag} at {node.Start}");
            }
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        Assert.Single(stream.Documents);
        return Assert.IsType<YamlMappingNode>(stream.Documents[0].RootNode);
    }

    private static string Scalar(YamlMappingNode node, string key) =>
        Assert.IsType<YamlScalarNode>(node[key]).Value ?? throw new InvalidOperationException($"{key} is null");

    private static List<string> Sequence(YamlMappingNode node, string key) => Sequence(node, key, item => ((YamlScalarNode)item).Value!);

    private static List<string> Sequence(YamlMappingNode node, string key, Func<YamlNode, string> select) =>
        Assert.IsType<YamlSequenceNode>(node[key]).Children.Select(select).ToList();

    private static DateOnly AssertDate(YamlMappingNode node, string key)
    {
        var scalar = Assert.IsType<YamlScalarNode>(node[key]);
        Assert.Equal(ScalarStyle.Plain, scalar.Style);
        var date = DateOnly.ParseExact(scalar.Value!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.InRange(date, MinDate, MaxDate);
        return date;
    }

    private static void AssertSameFolders(string expected, string actual)
    {
        var files = RelativeFiles(expected);
        Assert.Equal(files, RelativeFiles(actual));
        foreach (var file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))),
                $"{file} differs");
        }
    }

    private static List<string> RelativeFiles(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(dir, path))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static long TotalBytes(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Sum(path => new FileInfo(path).Length);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex SlugPattern();

    // Type, optional namespace segments, name; no version, qualifiers or subpath.
    [GeneratedRegex("^pkg:[a-z][a-z0-9.+-]*(/[A-Za-z0-9.%_-]+)+$")]
    private static partial Regex PurlPattern();

    [GeneratedRegex("^https://github\\.com/[a-z0-9][a-z0-9-]{0,38}/[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex RepositoryPattern();
}
