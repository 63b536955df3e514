using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Steady.Guard;

/// <summary>
/// A value's canonical text: what was written, without where it was written, so that moving a line is not a change.
/// Records become compact JSON with the registry's key names; dates are YYYY-MM-DD.
/// </summary>
public static class Canonical
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = Schema.RegistryJsonContext.Default,
    };

    public static string Of(object? value) => value switch
    {
        null => "",
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        Enum e => Json(e).Trim('"'),
        _ => Json(value),
    };

    public static bool Same(object? a, object? b) => string.Equals(Of(a), Of(b), StringComparison.Ordinal);

    /// <summary>A value for a report: canonical, or <c>(none)</c>.</summary>
    public static string Show(object? value)
    {
        var text = Of(value);
        return text.Length == 0 ? "(none)" : text;
    }

    /// <summary>
    /// Compact JSON of a value of the model, by the code <see cref="Schema.RegistryJsonContext"/> made for its type. A list is
    /// written item by item, as the serializer writes one: the context knows the model's lists by the type they are
    /// declared with (<c>IReadOnlyList&lt;T&gt;</c>), not by the <c>List&lt;T&gt;</c> they are read into.
    /// </summary>
    private static string Json(object? value) => value switch
    {
        null => "null",
        string => JsonSerializer.Serialize(value, Options.GetTypeInfo(typeof(string))),
        IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(Json)) + "]",
        _ => JsonSerializer.Serialize(value, Options.GetTypeInfo(value.GetType())),
    };
}
