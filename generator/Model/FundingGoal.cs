namespace Steady.Model;

/// <summary>An amount of money a project needs each period.</summary>
public sealed record FundingGoal : Located
{
    public required decimal Amount { get; init; }

    [Text(TextKind.Currency)]
    public required string Currency { get; init; }

    public required FundingPeriod Period { get; init; }
}
