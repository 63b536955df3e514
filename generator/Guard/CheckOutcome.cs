namespace Steady.Guard;

/// <summary>How one rule came out.</summary>
public enum CheckOutcome
{
    Satisfied,
    NeedsApproval,
    Refused,
}
