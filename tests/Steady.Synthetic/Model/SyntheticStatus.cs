namespace Steady.Synthetic.Model;

/// <summary>The current state; <see cref="Until"/> only for hiatus, <see cref="Successor"/> only for deprecated.</summary>
public sealed record SyntheticStatus(
    string State,
    DateOnly Since,
    DateOnly? Until,
    string? Successor,
    DateOnly Reviewed,
    string Reason);
