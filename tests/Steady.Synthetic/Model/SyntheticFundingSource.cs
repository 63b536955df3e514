namespace Steady.Synthetic.Model;

public sealed record SyntheticFundingSource(string Sponsor, string Kind, SyntheticAmount Amount, DateOnly Since);
