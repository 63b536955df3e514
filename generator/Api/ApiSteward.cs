using System.ComponentModel;

namespace Steady.Api;

/// <summary>A registry steward, with the projects they keep steady.</summary>
public sealed record ApiSteward(
    string Github,
    string Name,
    DateOnly Since,
    IReadOnlyList<string> VouchedBy,
    IReadOnlyList<string> Areas,
    [property: Description("Projects where the steward is an interim steward.")] IReadOnlyList<ApiStewardship> InterimFor);
