using System.ComponentModel;

namespace Steady.Model;

/// <summary>Money a sponsor gives a project.</summary>
public sealed record FundingSource : Located
{
    [Description("Slug of a sponsor in registry-data/sponsors/.")]
    [Text(TextKind.Slug)]
    public required string Sponsor { get; init; }

    public required FundingSourceKind Kind { get; init; }

    public required decimal Amount { get; init; }

    [Text(TextKind.Currency)]
    public required string Currency { get; init; }

    public required FundingPeriod Period { get; init; }

    public DateOnly? Since { get; init; }
}
