namespace Steady.Synthetic;

/// <summary>What <see cref="SyntheticRegistry.Write"/> wrote.</summary>
public sealed record SyntheticSummary(int Projects, int Stewards, int Sponsors, int HugoPages, long Bytes);
