using System.Text.Json.Serialization;

namespace Steady.Model;

/// <summary>The primary state of a project (one of the status vocabulary).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProjectState>))]
public enum ProjectState
{
    [JsonStringEnumMemberName("active")]
    Active,

    [JsonStringEnumMemberName("maintenance-only")]
    MaintenanceOnly,

    [JsonStringEnumMemberName("hiatus")]
    Hiatus,

    [JsonStringEnumMemberName("seeking-successor")]
    SeekingSuccessor,

    [JsonStringEnumMemberName("handover")]
    Handover,

    [JsonStringEnumMemberName("orphaned")]
    Orphaned,

    [JsonStringEnumMemberName("unresponsive")]
    Unresponsive,

    [JsonStringEnumMemberName("deprecated")]
    Deprecated,

    [JsonStringEnumMemberName("archived")]
    Archived,
}
