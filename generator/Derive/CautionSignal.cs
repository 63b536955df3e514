using Steady.Model;

namespace Steady.Derive;

/// <summary>The derived downstream caution: the strongest level among the reasons, and since when it holds.</summary>
public sealed record CautionSignal(CautionLevel Level, DateOnly? Since, IReadOnlyList<CautionReason> Reasons)
{
    public static readonly CautionSignal None = new(CautionLevel.None, null, []);
}
