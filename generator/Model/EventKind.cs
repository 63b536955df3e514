using System.Text.Json.Serialization;

namespace Steady.Model;

/// <summary>The kind of a history event.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EventKind>))]
public enum EventKind
{
    [JsonStringEnumMemberName("status")]
    Status,

    [JsonStringEnumMemberName("maintainer-added")]
    MaintainerAdded,

    [JsonStringEnumMemberName("maintainer-removed")]
    MaintainerRemoved,

    [JsonStringEnumMemberName("steward-added")]
    StewardAdded,

    [JsonStringEnumMemberName("steward-removed")]
    StewardRemoved,

    [JsonStringEnumMemberName("incident")]
    Incident,

    [JsonStringEnumMemberName("funding")]
    Funding,

    [JsonStringEnumMemberName("note")]
    Note,
}
