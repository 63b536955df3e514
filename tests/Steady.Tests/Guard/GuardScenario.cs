using Steady.Guard;

namespace Steady.Tests.Guard;

/// <summary>
/// One attack (or legitimate change) of the corpus: how the head differs from the base registry, who wrote it, who
/// approved it and how old the author's account is, and the decision the guard must reach.
/// </summary>
/// <param name="Steps">Head commits, applied in order to the base; the last one is the head.</param>
/// <param name="Approvals">Approving reviews: login and the index of the step whose commit they approved.</param>
/// <param name="AccountAgeDays">The author's account age; null when unknown.</param>
/// <param name="Base">Changes to the fictional base registry before the base commit.</param>
public sealed record GuardScenario(
    string Name,
    GuardDecision Expected,
    string Author,
    int? AccountAgeDays,
    IReadOnlyList<Action<TempGitRepository>> Steps,
    IReadOnlyList<(string Login, int Step)>? Approvals = null,
    Action<TempGitRepository>? Base = null,
    IReadOnlyList<ReviewRecord>? ExtraReviews = null)
{
    public override string ToString() => Name;
}
