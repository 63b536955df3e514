namespace Steady.Audit.Sarif;

/// <summary>The property bag of a result: the matched project for tools that read SARIF.</summary>
/// <param name="Project">The project's slug.</param>
/// <param name="ProjectUrl">The project's page.</param>
/// <param name="State">The primary state.</param>
/// <param name="Caution"><c>elevated</c> or <c>high</c>.</param>
/// <param name="Dependency">The dependency as shown.</param>
/// <param name="Match"><c>exact</c>, <c>package</c> or <c>repository</c>.</param>
/// <param name="MatchedOn">The registry purl or repository URL that matched.</param>
public sealed record SarifResultProperties(
    string Project,
    string ProjectUrl,
    string State,
    string Caution,
    string Dependency,
    string Match,
    string MatchedOn);
