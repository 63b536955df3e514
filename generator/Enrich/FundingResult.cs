namespace Steady.Enrich;

/// <summary>What a funding file yielded: its channels as URLs (sorted, distinct), or why it was ignored.</summary>
public sealed record FundingResult(IReadOnlyList<string> Urls, string? Problem)
{
    public static readonly FundingResult None = new([], null);

    public static FundingResult Rejected(string problem) => new([], problem);
}
