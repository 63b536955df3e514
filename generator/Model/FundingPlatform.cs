using System.Text.Json.Serialization;

namespace Steady.Model;

/// <summary>Where money can be given to a project.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FundingPlatform>))]
public enum FundingPlatform
{
    [JsonStringEnumMemberName("github-sponsors")]
    GitHubSponsors,

    [JsonStringEnumMemberName("open-collective")]
    OpenCollective,

    [JsonStringEnumMemberName("patreon")]
    Patreon,

    [JsonStringEnumMemberName("liberapay")]
    Liberapay,

    [JsonStringEnumMemberName("tidelift")]
    Tidelift,

    [JsonStringEnumMemberName("thanks-dev")]
    ThanksDev,

    [JsonStringEnumMemberName("polar")]
    Polar,

    [JsonStringEnumMemberName("custom")]
    Custom,
}
