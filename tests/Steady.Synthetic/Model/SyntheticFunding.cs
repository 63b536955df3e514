namespace Steady.Synthetic.Model;

public sealed record SyntheticFunding(
    SyntheticAmount Goal,
    IReadOnlyList<SyntheticChannel> Channels,
    IReadOnlyList<SyntheticFundingSource> Sources);
