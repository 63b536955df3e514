using System.Text.Json.Serialization;

namespace Steady.Model;

/// <summary>What an interim steward may do for a project.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StewardPower>))]
public enum StewardPower
{
    [JsonStringEnumMemberName("triage")]
    Triage,

    [JsonStringEnumMemberName("review")]
    Review,

    [JsonStringEnumMemberName("merge")]
    Merge,

    [JsonStringEnumMemberName("release")]
    Release,
}
