using System.Text.Json.Nodes;
using Json.Schema;
using Steady.Api;
using Steady.Tests.Support;

namespace Steady.Tests.Api;

public sealed class ApiSchemaTests
{
    private static readonly MemorySink Sink = FeedsFixture.Publish(FeedsFixture.Data(), FeedsFixture.Context(), new WriteApi());

    [Fact]
    public void Committed_api_schemas_are_up_to_date()
    {
        foreach (var (name, text) in ApiSchemas.All())
        {
            var path = Path.Combine(TestPaths.ApiSchemas, name);
            if (TestPaths.UpdateGolden)
            {
                Directory.CreateDirectory(TestPaths.ApiSchemas);
                File.WriteAllText(path, text);
                continue;
            }

            Assert.True(File.Exists(path), $"{path} is missing; run `steady schema` (or the tests with STEADY_UPDATE_GOLDEN=1)");
            Assert.True(File.ReadAllText(path) == text, $"{path} is out of date; run `steady schema` (or the tests with STEADY_UPDATE_GOLDEN=1)");
        }
    }

    [Fact]
    public void Served_schemas_are_the_committed_ones()
    {
        foreach (var (name, _) in ApiSchemas.All())
        {
            Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.ApiSchemas, name)), Sink.Text(ApiPaths.SchemaFolder + name));
        }
    }

    [Fact]
    public void Every_api_file_validates_against_its_committed_schema()
    {
        var checkedFiles = 0;
        foreach (var path in Sink.Paths(p => !p.StartsWith(ApiPaths.SchemaFolder, StringComparison.Ordinal)))
        {
            var file = ApiFiles.All.Single(f => Matches(f.Path, path));
            var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.ApiSchemas, $"{file.Name}.schema.json")));

            var result = schema.Evaluate(JsonNode.Parse(Sink.Text(path)), new EvaluationOptions
            {
                OutputFormat = OutputFormat.List,
                RequireFormatValidation = true,
            });

            Assert.True(result.IsValid, $"{path} does not match {file.Name}.schema.json:\n" + Errors(result));
            checkedFiles++;
        }

        Assert.Equal(7 + FeedsFixture.Registry.Projects.Count, checkedFiles);
    }

    [Fact]
    public void The_schemas_reject_a_field_of_the_wrong_type_and_an_unknown_field()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.ApiSchemas, "caution.schema.json")));
        var options = new EvaluationOptions { RequireFormatValidation = true };
        var wrongType = JsonNode.Parse(Sink.Text(ApiPaths.Caution))!;
        wrongType["total"] = "4";
        var unknown = JsonNode.Parse(Sink.Text(ApiPaths.Caution))!;
        unknown["result"]![0]!["extra"] = true;
        var badDate = JsonNode.Parse(Sink.Text(ApiPaths.Caution))!;
        badDate["generated_at"] = "2026-13-40";

        Assert.False(schema.Evaluate(wrongType, options).IsValid);
        Assert.False(schema.Evaluate(unknown, options).IsValid);
        Assert.False(schema.Evaluate(badDate, options).IsValid);
    }

    private static bool Matches(string template, string path)
    {
        var slug = template.IndexOf("{slug}", StringComparison.Ordinal);
        return slug < 0
            ? template == path
            : path.StartsWith(template[..slug], StringComparison.Ordinal) && path.EndsWith(template[(slug + 6)..], StringComparison.Ordinal);
    }

    private static string Errors(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"  {d.InstanceLocation}: {e.Key}: {e.Value}")));
}
