namespace Steady.Synthetic.Model;

/// <summary>A history event; <see cref="State"/> only for status events.</summary>
public sealed record SyntheticEvent(
    DateOnly Date,
    string Kind,
    string? State,
    string Summary,
    string? Caution,
    string Source);
