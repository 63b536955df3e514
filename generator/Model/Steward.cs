using System.ComponentModel;

namespace Steady.Model;

/// <summary>A trusted member of the registry who reviews changes and steps in as interim maintainer.</summary>
public sealed record Steward : Located
{
    [Text(TextKind.GithubLogin)]
    public required string Github { get; init; }

    public required string Name { get; init; }

    public required DateOnly Since { get; init; }

    [Description("At least two stewards who were stewards before this one's since date; none for founding stewards.")]
    [Text(TextKind.GithubLogin)]
    public IReadOnlyList<string> VouchedBy { get; init; } = [];

    [Description("Ecosystems or skills the steward covers.")]
    public IReadOnlyList<string> Areas { get; init; } = [];
}
