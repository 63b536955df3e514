namespace Steady.Guard;

/// <summary>Something reviewers should know that is not itself a rule outcome (a new account, a probation, a fallback).</summary>
/// <param name="Message">Markdown; values from the pull request are code spans.</param>
public sealed record GuardFlag(FlagLevel Level, string Rule, string Message, string? File = null, int Line = 0);
