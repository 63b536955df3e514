using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Steady.Schema;

namespace Steady.Api;

/// <summary>
/// JSON Schemas of the API files, generated from the API records with <see cref="JsonSchemaExporter"/>, committed
/// under <c>registry-data/schema/api/</c> and served under <c>api/v1/schema/</c>. Nulls are never written, so a
/// nullable member is an optional property of one type, and every other member is required.
/// </summary>
public static class ApiSchemas
{
    public const string BaseId = RegistrySchemas.BaseId + "api/v1/";

    /// <summary>File name and text of each schema, in the order of <see cref="ApiFiles.All"/>.</summary>
    public static IEnumerable<(string Name, string Text)> All() =>
        ApiFiles.All.Select(f => ($"{f.Name}.schema.json", Generate(f)));

    public static string Generate(ApiFile file)
    {
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var schema = ApiJson.Options.GetJsonSchemaAsNode(file.EnvelopeType, exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"{BaseId}{file.Name}.schema.json",
            ["title"] = file.Path,
            ["description"] = file.Description,
        };
        foreach (var (key, value) in schema.ToArray())
        {
            schema.Remove(key);
            root[key] = value;
        }

        return root.ToJsonString(ApiJson.TextOptions) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject obj)
        {
            return schema;
        }

        if ((context.PropertyInfo?.AttributeProvider as MemberInfo)?.GetCustomAttribute<DescriptionAttribute>() is { } description)
        {
            obj.Insert(0, "description", description.Description);
        }

        DropNull(obj);
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        if (type == typeof(DateOnly))
        {
            obj["format"] = "date";
        }

        if (type == typeof(IReadOnlyDictionary<string, string>))
        {
            obj["propertyNames"] = new JsonObject { ["pattern"] = "^pkg:" };
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && obj.ContainsKey("properties"))
        {
            var required = context.TypeInfo.Properties.Where(p => !IsNullable(p)).Select(p => (JsonNode?)p.Name).ToArray();
            obj.Remove("required");
            obj["required"] = new JsonArray(required);
        }

        return obj;
    }

    /// <summary>Nulls are never written: <c>["string", "null"]</c> becomes <c>"string"</c>, and <c>null</c> leaves enums.</summary>
    private static void DropNull(JsonObject obj)
    {
        if (obj["type"] is JsonArray types)
        {
            var kept = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToArray();
            obj["type"] = kept.Length == 1 ? kept[0] : new JsonArray(kept.Select(k => (JsonNode?)k).ToArray());
        }

        if (obj["enum"] is JsonArray values && values.Any(v => v is null))
        {
            obj["enum"] = new JsonArray(values.Where(v => v is not null).Select(v => v!.DeepClone()).ToArray());
        }
    }

    /// <summary>Whether a member may be absent: a nullable value or reference type. The envelope's generic result never is.</summary>
    private static bool IsNullable(JsonPropertyInfo property)
    {
        if (property.AttributeProvider is PropertyInfo { DeclaringType: { IsGenericType: true } declaring } member &&
            declaring.GetGenericTypeDefinition() == typeof(ApiEnvelope<>) && member.Name == nameof(ApiEnvelope<object>.Result))
        {
            return false;
        }

        return Nullable.GetUnderlyingType(property.PropertyType) is not null || (!property.PropertyType.IsValueType && property.IsGetNullable);
    }
}
