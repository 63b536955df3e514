namespace Steady.Guard.Git;

/// <summary>One changed path between the base and the head (<c>git diff --name-status -M</c>).</summary>
/// <param name="OldPath">The path at the base, for renames and copies.</param>
public sealed record PathChange(PathChangeKind Kind, string Path, string? OldPath = null);
