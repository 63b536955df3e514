using System.Text.Json.Serialization;

namespace Steady.Audit.Sarif;

/// <summary>The property bag of a rule.</summary>
/// <param name="Tags">Rule tags; <c>security</c> lets GitHub show the severity.</param>
/// <param name="SecuritySeverity">GitHub's severity score, a number as a string.</param>
public sealed record SarifRuleProperties(
    IReadOnlyList<string> Tags,
    [property: JsonPropertyName("security-severity")] string SecuritySeverity);
