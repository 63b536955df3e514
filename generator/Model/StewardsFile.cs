using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Steady.Model;

/// <summary><c>registry-data/stewards.yml</c>.</summary>
[Description("The registry's trusted stewards.")]
public sealed record StewardsFile : Located
{
    [JsonIgnore]
    public SourceMap Source { get; init; } = SourceMap.Empty;

    public IReadOnlyList<Steward> Stewards { get; init; } = [];
}
