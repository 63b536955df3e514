namespace Steady.Enrich;

/// <summary>The result for one project, with why when it failed or was partly ignored (safe to print).</summary>
public sealed record RepositoryOutcome(string Slug, string Repository, OutcomeKind Kind, string? Detail = null);
