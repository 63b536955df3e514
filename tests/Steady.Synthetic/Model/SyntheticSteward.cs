namespace Steady.Synthetic.Model;

/// <summary>An entry of <c>stewards.yml</c>; founding stewards have no <see cref="VouchedBy"/>.</summary>
public sealed record SyntheticSteward(
    string GitHub,
    string Name,
    DateOnly Since,
    IReadOnlyList<string> VouchedBy,
    IReadOnlyList<string> Areas);
