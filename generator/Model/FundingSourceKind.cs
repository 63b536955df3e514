using System.Text.Json.Serialization;

namespace Steady.Model;

/// <summary>How a sponsor funds a project.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FundingSourceKind>))]
public enum FundingSourceKind
{
    [JsonStringEnumMemberName("sponsorship")]
    Sponsorship,

    [JsonStringEnumMemberName("grant")]
    Grant,

    [JsonStringEnumMemberName("employment")]
    Employment,

    [JsonStringEnumMemberName("donation")]
    Donation,
}
