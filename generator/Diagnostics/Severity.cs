namespace Steady.Diagnostics;

/// <summary>How serious a diagnostic is: errors fail the run, warnings do not.</summary>
public enum Severity
{
    Error,
    Warning,
}
