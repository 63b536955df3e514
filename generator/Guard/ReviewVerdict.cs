namespace Steady.Guard;

/// <summary>A pull request review's state, as GitHub reports it.</summary>
public enum ReviewVerdict
{
    Approved,
    ChangesRequested,
    Dismissed,
    Commented,
    Pending,
}
