namespace Steady.Guard.Git;

/// <summary>How a path changed between two commits.</summary>
public enum PathChangeKind
{
    Added,
    Modified,
    Deleted,
    Renamed,
    Copied,
    TypeChanged,
}
