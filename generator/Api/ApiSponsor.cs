using System.ComponentModel;
using Steady.Model;

namespace Steady.Api;

/// <summary>A sponsor, with what it gives and to whom.</summary>
public sealed record ApiSponsor(
    string Slug,
    string Name,
    string Url,
    SponsorKind Kind,
    [property: Description("Funding sources naming this sponsor, by project.")] IReadOnlyList<ApiSponsorship> Gives);
