using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Steady.Model;
using Steady.Text;

namespace Steady.Schema;

/// <summary>
/// JSON Schemas of the registry files, generated from the model with <see cref="JsonSchemaExporter"/> so the
/// editor's checks and the loader's checks never drift apart. A test fails when the committed files are out of date.
/// </summary>
public static class RegistrySchemas
{
    public const string BaseId = "https://steady-registry.github.io/schema/";

    /// <summary>Options that describe the registry files' JSON form: snake_case keys, kebab-case values, no unknown keys.</summary>
    public static readonly JsonSerializerOptions ModelOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = RegistryJsonContext.Default,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>File name and text of each schema, in a stable order.</summary>
    public static IEnumerable<(string Name, string Text)> All()
    {
        yield return ("project.schema.json", Generate(typeof(Project), "project", "A project entry: registry-data/projects/<slug>.yml"));
        yield return ("sponsor.schema.json", Generate(typeof(Sponsor), "sponsor", "A sponsor: registry-data/sponsors/<slug>.yml"));
        yield return ("stewards.schema.json", Generate(typeof(StewardsFile), "stewards", "The registry's stewards: registry-data/stewards.yml"));
    }

    public static string Generate(Type type, string name, string title)
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var schema = ModelOptions.GetJsonSchemaAsNode(type, exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"{BaseId}{name}.schema.json",
            ["title"] = title,
        };
        foreach (var (key, value) in schema.ToArray())
        {
            schema.Remove(key);
            root[key] = value;
        }

        return root.ToJsonString(ModelOptions).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject obj)
        {
            return schema;
        }

        var member = context.PropertyInfo?.AttributeProvider as MemberInfo;
        if (member?.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>() is { } description)
        {
            obj.Insert(0, "description", description.Description);
        }
        else if (context.PropertyInfo is null && context.TypeInfo.Type.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>() is { } typeDescription)
        {
            obj.Insert(0, "description", typeDescription.Description);
        }

        if (member?.GetCustomAttribute<TextAttribute>() is { } text && TextRules.SchemaPattern(text.Kind) is { } pattern)
        {
            var target = obj["items"] as JsonObject ?? obj;
            target["pattern"] = pattern;
        }

        if (context.TypeInfo.Type == typeof(DateOnly) || Nullable.GetUnderlyingType(context.TypeInfo.Type) == typeof(DateOnly))
        {
            obj["format"] = "date";
        }

        return obj;
    }
}

/// <summary>
/// The registry files' types as <see cref="RegistrySchemas.ModelOptions"/> describes them, made at compile time; the
/// guard's canonical values (<see cref="Guard.Canonical"/>) are written with the same code and settings of their own.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(Project))]
[JsonSerializable(typeof(Sponsor))]
[JsonSerializable(typeof(StewardsFile))]
internal sealed partial class RegistryJsonContext : JsonSerializerContext;
