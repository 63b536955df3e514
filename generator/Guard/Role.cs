namespace Steady.Guard;

/// <summary>A role a person must hold to fill one place of a requirement, and who holds it.</summary>
/// <param name="Label">How the role is named in reports, such as "a steward" or "a maintainer of `libquill`".</param>
public sealed record Role(string Label, IReadOnlySet<string> Holders)
{
    public bool IsHeldBy(string login) => Holders.Contains(login);
}
