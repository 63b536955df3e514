namespace Steady.Guard;

/// <summary>One rule applied to one subject (a project, stewards.yml, a file, the pull request).</summary>
/// <param name="Because">The fields or paths that made the rule apply.</param>
/// <param name="Requirement">Who must sign off (Markdown), or null for a refusal that no approval lifts.</param>
/// <param name="Missing">What is still needed, or why it is refused (Markdown); null when satisfied.</param>
public sealed record RuleCheck(
    string Rule,
    string Subject,
    string? File,
    int Line,
    IReadOnlyList<string> Because,
    string? Requirement,
    CheckOutcome Outcome,
    IReadOnlyList<string> SatisfiedBy,
    string? Missing);
