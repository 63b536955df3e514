using System.ComponentModel;
using Steady.Model;

namespace Steady.Api;

/// <summary>Money a sponsor gives a project.</summary>
public sealed record ApiFundingSource(
    [property: Description("Slug of the sponsor in sponsors.json.")] string Sponsor,
    FundingSourceKind Kind,
    decimal Amount,
    string Currency,
    FundingPeriod Period,
    DateOnly? Since);
