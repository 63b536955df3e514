using System.Text.Json.Serialization;

namespace Steady.Model;

/// <summary>How carefully downstream consumers should review new releases.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CautionLevel>))]
public enum CautionLevel
{
    [JsonStringEnumMemberName("none")]
    None,

    [JsonStringEnumMemberName("elevated")]
    Elevated,

    [JsonStringEnumMemberName("high")]
    High,
}
