namespace Steady.Audit;

/// <summary>The output formats of <c>steady audit</c> (<c>--format</c>).</summary>
public enum AuditFormat
{
    /// <summary>A table and a summary line for a terminal or CI log.</summary>
    Text,

    /// <summary>A report that fits a pull request comment.</summary>
    Markdown,

    /// <summary>The whole report as JSON for tools.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for GitHub code scanning.</summary>
    Sarif,
}
