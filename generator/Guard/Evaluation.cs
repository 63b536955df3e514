namespace Steady.Guard;

/// <summary>The outcome of checking one requirement against the sign-offs.</summary>
/// <param name="SatisfiedBy">Who filled the places, when satisfied.</param>
/// <param name="Missing">What is still needed (Markdown), when not satisfied.</param>
public sealed record Evaluation(bool Satisfied, IReadOnlyList<string> SatisfiedBy, string? Missing);
