namespace Steady.Synthetic.Model;

public sealed record SyntheticInterimSteward(string GitHub, DateOnly Since, IReadOnlyList<string> Powers);
