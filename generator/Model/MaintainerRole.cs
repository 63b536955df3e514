using System.Text.Json.Serialization;

namespace Steady.Model;

/// <summary>What a maintainer does for a project.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MaintainerRole>))]
public enum MaintainerRole
{
    [JsonStringEnumMemberName("lead")]
    Lead,

    [JsonStringEnumMemberName("co-maintainer")]
    CoMaintainer,

    [JsonStringEnumMemberName("release-manager")]
    ReleaseManager,

    [JsonStringEnumMemberName("security-contact")]
    SecurityContact,
}
