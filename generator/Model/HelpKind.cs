using System.Text.Json.Serialization;

namespace Steady.Model;

/// <summary>The kind of help a project asks for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HelpKind>))]
public enum HelpKind
{
    [JsonStringEnumMemberName("co-maintainer")]
    CoMaintainer,

    [JsonStringEnumMemberName("reviewer")]
    Reviewer,

    [JsonStringEnumMemberName("security-triage")]
    SecurityTriage,

    [JsonStringEnumMemberName("release-manager")]
    ReleaseManager,

    [JsonStringEnumMemberName("funding")]
    Funding,

    [JsonStringEnumMemberName("infrastructure")]
    Infrastructure,
}
