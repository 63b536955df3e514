namespace Steady.Synthetic.Model;

/// <summary>A recurring amount: <c>{ amount, currency, period }</c>.</summary>
public sealed record SyntheticAmount(int Amount, string Currency, string Period);
