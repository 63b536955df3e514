namespace Steady.Guard;

/// <summary>A pull request on GitHub: <c>owner/name#number</c>.</summary>
public sealed record PullRequestRef(string Repository, int Number)
{
    public override string ToString() => $"{Repository}#{Number}";
}
