using System.ComponentModel;

namespace Steady.Model;

/// <summary>A registry steward keeping a project steady while its maintainers are away.</summary>
public sealed record InterimSteward : Located
{
    [Description("GitHub login of a steward listed in stewards.yml.")]
    [Text(TextKind.GithubLogin)]
    public required string Github { get; init; }

    public required DateOnly Since { get; init; }

    [Description("What the steward may do: a release by a steward without release power is suspicious.")]
    public IReadOnlyList<StewardPower> Powers { get; init; } = [];
}
