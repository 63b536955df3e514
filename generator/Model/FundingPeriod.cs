using System.Text.Json.Serialization;

namespace Steady.Model;

/// <summary>How often a funding amount recurs.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FundingPeriod>))]
public enum FundingPeriod
{
    [JsonStringEnumMemberName("month")]
    Month,

    [JsonStringEnumMemberName("year")]
    Year,
}
