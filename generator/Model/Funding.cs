using System.ComponentModel;

namespace Steady.Model;

/// <summary>How a project is funded.</summary>
public sealed record Funding : Located
{
    [Description("What the project needs.")]
    public FundingGoal? Goal { get; init; }

    [Description("Where money can be given.")]
    public IReadOnlyList<FundingChannel> Channels { get; init; } = [];

    [Description("Current funding, by sponsor.")]
    public IReadOnlyList<FundingSource> Sources { get; init; } = [];

    [Description("A funding.json manifest (floss.fund v1).")]
    [Text(TextKind.Url)]
    public string? Manifest { get; init; }
}
