namespace Steady.Audit;

/// <summary>A project's downstream caution, weakest first.</summary>
public enum AuditCautionLevel
{
    /// <summary>No reason for extra care.</summary>
    None,

    /// <summary>Review new releases with extra care (hiatus, handover, probation, ...).</summary>
    Elevated,

    /// <summary>A recent incident without an all-clear.</summary>
    High,
}
