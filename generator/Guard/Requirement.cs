namespace Steady.Guard;

/// <summary>Who must sign off: any one of the alternatives.</summary>
public sealed record Requirement(IReadOnlyList<Alternative> Alternatives)
{
    public string Describe() => string.Join(", or ", Alternatives.Select(a => a.Label));
}
