namespace Steady.Model;

/// <summary>Help a project asks for.</summary>
public sealed record HelpWanted : Located
{
    public required HelpKind Kind { get; init; }

    public required string Summary { get; init; }
}
