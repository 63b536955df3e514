using System.Text.Json.Serialization;

namespace Steady.Model;

/// <summary>What kind of organisation or person a sponsor is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SponsorKind>))]
public enum SponsorKind
{
    [JsonStringEnumMemberName("company")]
    Company,

    [JsonStringEnumMemberName("foundation")]
    Foundation,

    [JsonStringEnumMemberName("government")]
    Government,

    [JsonStringEnumMemberName("individual")]
    Individual,
}
