namespace Steady.Enrich;

/// <summary>GitHub's answer was readable but held a value this program does not accept (wrong kind, absurd length, control characters).</summary>
public sealed class UnexpectedResponseException(string message) : Exception(message);
