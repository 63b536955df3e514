namespace Steady.Enrich;

/// <summary>The outcome of every project of a run, in registry order, and why the run stopped early, if it did.</summary>
public sealed record EnrichReport(IReadOnlyList<RepositoryOutcome> Outcomes, string? StoppedBecause)
{
    /// <summary>Every project on GitHub was read and the run did not stop early.</summary>
    public bool Succeeded => StoppedBecause is null && Outcomes.All(o => o.Kind is not (OutcomeKind.Failed or OutcomeKind.NotFetched));

    public int Count(OutcomeKind kind) => Outcomes.Count(o => o.Kind == kind);
}
