namespace Steady.Enrich;

/// <summary>What happened to one project in a run of <c>steady enrich</c>.</summary>
public enum OutcomeKind
{
    /// <summary>The enrichment file was written (new data).</summary>
    Updated,

    /// <summary>GitHub's data did not change; the file was left untouched.</summary>
    Unchanged,

    /// <summary>The repository could not be read; its earlier file, if any, is kept.</summary>
    Failed,

    /// <summary>The run stopped (rate limit, cancellation) before this project; its earlier file, if any, is kept.</summary>
    NotFetched,

    /// <summary>The repository is not on GitHub.</summary>
    Skipped,
}
