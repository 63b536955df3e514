namespace Steady.Check;

/// <summary>One problem in a built site: the page (site path) and what is wrong.</summary>
public sealed record SiteProblem(string Page, string Message)
{
    public override string ToString() => $"{Page}: {Message}";
}
