namespace Steady.Guard;

/// <summary>A reviewer whose approval does not count, and why.</summary>
public sealed record IgnoredApproval(string Login, string Reason);
