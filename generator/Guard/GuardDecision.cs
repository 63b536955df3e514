namespace Steady.Guard;

/// <summary>The guard's verdict on a pull request.</summary>
public enum GuardDecision
{
    /// <summary>Every rule that applies is satisfied.</summary>
    Allowed,

    /// <summary>Some rule still needs the approval of the right people.</summary>
    NeedsApproval,

    /// <summary>The change itself must be corrected; approvals cannot make it pass.</summary>
    Refused,
}
