namespace Steady.Guard;

/// <summary>One way to satisfy a requirement: each place is filled by a different person holding its role.</summary>
/// <param name="Label">How the alternative is named in reports, with the people who could fill it.</param>
/// <param name="IsFallback">True when the alternative stands in for stewards because the registry has too few.</param>
public sealed record Alternative(IReadOnlyList<Role> Places, string Label, bool IsFallback = false);
