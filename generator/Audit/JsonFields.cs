using System.Text.Json;

namespace Steady.Audit;

/// <summary>Typed access to SBOM JSON fields; a field of the wrong type is an <see cref="AuditInputException"/> naming its JSON path.</summary>
internal static class JsonFields
{
    public static void RequireObject(JsonElement element, string path, string source)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw WrongType(path, "an object", element, source);
        }
    }

    /// <summary>The string value of <paramref name="name"/>, or null when it is absent or JSON null.</summary>
    public static string? OptionalString(JsonElement parent, string name, string path, string source)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw WrongType($"{path}.{name}", "a string", value, source);
    }

    /// <summary>The string value of <paramref name="name"/>; absent, null or empty is an error.</summary>
    public static string RequiredString(JsonElement parent, string name, string path, string source)
    {
        var value = OptionalString(parent, name, path, source);
        return string.IsNullOrEmpty(value)
            ? throw new AuditInputException(source, $"{path}: the required string '{name}' is missing or empty")
            : value;
    }

    /// <summary>The items of the array <paramref name="name"/>, or none when it is absent or JSON null.</summary>
    public static IEnumerable<(JsonElement Item, string Path)> OptionalArray(JsonElement parent, string name, string path, string source)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw WrongType($"{path}.{name}", "an array", value, source);
        }

        return value.EnumerateArray().Select((item, index) => (item, $"{path}.{name}[{index}]"));
    }

    private static AuditInputException WrongType(string path, string expected, JsonElement found, string source) =>
        new(source, $"{path}: expected {expected}, found {Describe(found.ValueKind)}");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
