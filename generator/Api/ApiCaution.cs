using System.ComponentModel;
using Steady.Model;

namespace Steady.Api;

/// <summary>The derived downstream caution: the strongest level among the reasons, and since when it holds.</summary>
public sealed record ApiCaution(
    CautionLevel Level,
    [property: Description("Since when the strongest level holds.")] DateOnly? Since,
    IReadOnlyList<ApiCautionReason> Reasons);
