using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Steady.Model;

/// <summary>A company, fund or person that funds projects: <c>registry-data/sponsors/&lt;slug&gt;.yml</c>.</summary>
[Description("A sponsor of the Steady registry's projects. The file name is the slug.")]
public sealed record Sponsor : Located
{
    [JsonIgnore]
    public string Slug { get; init; } = "";

    [JsonIgnore]
    public SourceMap Source { get; init; } = SourceMap.Empty;

    public required string Name { get; init; }

    [Text(TextKind.Url)]
    public required string Url { get; init; }

    public required SponsorKind Kind { get; init; }
}
