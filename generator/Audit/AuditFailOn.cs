namespace Steady.Audit;

/// <summary>The caution level at which <c>steady audit</c> exits with code 1 (<c>--fail-on</c>).</summary>
public enum AuditFailOn
{
    /// <summary>Fail when any matched dependency is under elevated or high caution (the default).</summary>
    Elevated,

    /// <summary>Fail only when a matched dependency is under high caution.</summary>
    High,

    /// <summary>Never fail on caution; report only.</summary>
    Never,
}
