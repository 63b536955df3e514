using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Steady.Diagnostics;
using Steady.Load;
using Steady.Schema;
using Steady.Tests.Support;
using Steady.Validate;

namespace Steady.Tests.Validation;

/// <summary>The committed JSON Schemas are current, and they agree with the loader on good and bad entries.</summary>
public sealed class SchemaTests
{
    private static readonly JsonSchema ProjectSchema = JsonSchema.FromText(
        File.ReadAllText(Path.Combine(TestPaths.Registry, "schema", "project.schema.json")));

    [Fact]
    public void Committed_schemas_equal_a_fresh_steady_schema_output()
    {
        foreach (var (name, text) in RegistrySchemas.All())
        {
            var committed = File.ReadAllText(Path.Combine(TestPaths.Registry, "schema", name));
            Assert.True(committed == text, $"registry-data/schema/{name} is out of date: run `dotnet run --project generator -- schema`");
        }
    }

    public static TheoryData<string> GoodEntries()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Registry, "projects"), "*.yml")
                     .Concat(Directory.GetFiles(Path.Combine(TestPaths.Corpus, "good"), "*.yml", SearchOption.AllDirectories)
                         .Where(f => f.Contains($"{Path.DirectorySeparatorChar}projects{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestPaths.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoodEntries))]
    public void Every_good_entry_validates_against_the_schema(string relativePath)
    {
        var result = Evaluate(Path.Combine(TestPaths.Root, relativePath));
        Assert.True(result.IsValid, Describe(result));
    }

    [Theory]
    [InlineData("wrong-type-list-for-text")]
    [InlineData("wrong-type-text-for-list")]
    [InlineData("wrong-type-mapping-for-enum")]
    [InlineData("quoted-number")]
    [InlineData("bad-enum-state")]
    [InlineData("bad-enum-role")]
    [InlineData("unknown-key-typo")]
    [InlineData("unknown-key-nested")]
    [InlineData("missing-required-keys")]
    [InlineData("bad-currency")]
    [InlineData("bad-github-login")]
    [InlineData("javascript-url")]
    public void Type_errors_are_rejected_by_both_the_schema_and_the_loader(string corpusCase)
    {
        var dir = Path.Combine(TestPaths.Corpus, "bad", corpusCase);
        var file = Directory.GetFiles(Path.Combine(dir, "projects"), "*.yml").Single();

        Assert.False(Evaluate(file).IsValid, "the schema accepted it");
        var (_, diagnostics) = RegistryValidator.LoadAndValidate(dir, "", TestPaths.AsOf);
        Assert.Contains(diagnostics, d => d.IsError);
    }

    [Fact]
    public void Good_corpus_validates_without_errors()
    {
        foreach (var dir in Directory.GetDirectories(Path.Combine(TestPaths.Corpus, "good")))
        {
            var (loaded, diagnostics) = RegistryValidator.LoadAndValidate(dir, "", TestPaths.AsOf);
            Assert.True(diagnostics.Count(d => d.IsError) == 0, string.Join("\n", diagnostics));
            Assert.NotEmpty(loaded.Registry.Projects);
        }
    }

    private static EvaluationResults Evaluate(string file)
    {
        var bag = new DiagnosticBag();
        var yaml = SafeYamlReader.ReadFile(file, file, bag);
        Assert.NotNull(yaml);
        var json = JsonSerializer.SerializeToElement(YamlToJson.Convert(yaml));
        return ProjectSchema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("\n", result.Details.Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
