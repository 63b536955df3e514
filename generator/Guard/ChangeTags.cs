namespace Steady.Guard;

/// <summary>What makes a change special beyond its area.</summary>
[Flags]
public enum ChangeTags
{
    None = 0,

    /// <summary>Only stewards may make it: <c>unresponsive</c>, caution high (set or lifted), incidents, all-clears.</summary>
    StewardsOnly = 1,

    /// <summary>Adds a maintainer (probation follows).</summary>
    AddsMaintainer = 2,

    /// <summary>Removes a maintainer.</summary>
    RemovesMaintainer = 4,

    /// <summary>Edits or removes a past history event.</summary>
    RewritesHistory = 8,

    /// <summary>A new history event inserted before existing ones (backdated).</summary>
    Backdated = 16,

    /// <summary>A new <c>note</c> event: the record of a correction.</summary>
    CorrectionNote = 32,
}
