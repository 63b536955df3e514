using System.Text.Json.Serialization;

namespace Steady.Derive;

/// <summary>Why the generator derived a caution level; machine-readable in the API and feeds.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CautionCause>))]
public enum CautionCause
{
    [JsonStringEnumMemberName("declared")]
    Declared,

    [JsonStringEnumMemberName("state")]
    State,

    [JsonStringEnumMemberName("probation")]
    Probation,

    [JsonStringEnumMemberName("incident")]
    Incident,

    [JsonStringEnumMemberName("unexpected-releaser")]
    UnexpectedReleaser,
}
