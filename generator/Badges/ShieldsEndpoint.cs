using System.Text.Json.Serialization;

namespace Steady.Badges;

/// <summary>A shields.io endpoint file (https://shields.io/badges/endpoint-badge): camelCase keys, as shields.io reads them.</summary>
public sealed record ShieldsEndpoint(
    [property: JsonPropertyName("schemaVersion")] int SchemaVersion,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("color")] string Color,
    [property: JsonPropertyName("labelColor")] string LabelColor)
{
    public static ShieldsEndpoint For(Badge badge) =>
        new(1, badge.Label, badge.Message, badge.Color.TrimStart('#').ToLowerInvariant(), BadgePalette.Label.TrimStart('#').ToLowerInvariant());
}
