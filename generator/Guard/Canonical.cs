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
    };

    public static string Of(object? value) => value switch
    {
        null => "",
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        Enum e => JsonSerializer.Serialize(e, e.GetType(), Options).Trim('"'),
        _ => JsonSerializer.Serialize(value, value.GetType(), Options),
    };

    public static bool Same(object? a, object? b) => string.Equals(Of(a), Of(b), StringComparison.Ordinal);

    /// <summary>A value for a report: canonical, or <c>(none)</c>.</summary>
    public static string Show(object? value)
    {
        var text = Of(value);
        return text.Length == 0 ? "(none)" : text;
    }
}
