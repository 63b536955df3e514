using System.Text.Json.Serialization;

namespace Steady.Model;

/// <summary>How much of the ecosystem depends on a project.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Criticality>))]
public enum Criticality
{
    [JsonStringEnumMemberName("critical")]
    Critical,

    [JsonStringEnumMemberName("high")]
    High,

    [JsonStringEnumMemberName("moderate")]
    Moderate,
}
