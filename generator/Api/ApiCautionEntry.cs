using System.ComponentModel;
using Steady.Model;

namespace Steady.Api;

/// <summary>A project whose downstream caution is not none, in <c>caution.json</c>.</summary>
public sealed record ApiCautionEntry(
    string Slug,
    string Name,
    string Url,
    string ApiUrl,
    CautionLevel Level,
    DateOnly? Since,
    IReadOnlyList<ApiCautionReason> Reasons,
    [property: Description("The project's package URLs, to match a dependency list.")] IReadOnlyList<string> Packages);
