namespace Steady.Model;

/// <summary>A place where money can be given to a project.</summary>
public sealed record FundingChannel : Located
{
    public required FundingPlatform Platform { get; init; }

    [Text(TextKind.Url)]
    public required string Url { get; init; }
}
