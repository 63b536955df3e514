using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Steady.Load;

namespace Steady.Tests.Support;

/// <summary>Turns a YAML tree into JSON the way an editor's YAML language server does (YAML 1.2 core schema).</summary>
public static partial class YamlToJson
{
    public static JsonNode? Convert(YamlValue value) => value switch
    {
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Text, Convert(e.Value)))),
        YamlSequence s => new JsonArray(s.Items.Select(Convert).ToArray()),
        YamlScalar { IsNull: true } => null,
        YamlScalar { Plain: true, Text: "true" or "false" } b => JsonValue.Create(b.Text == "true"),
        YamlScalar { Plain: true } n when Number().IsMatch(n.Text) => JsonValue.Create(decimal.Parse(n.Text, CultureInfo.InvariantCulture)),
        YamlScalar s => JsonValue.Create(s.Text),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    [GeneratedRegex(@"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")]
    private static partial Regex Number();
}
