namespace Steady.Guard;

/// <summary>What happened to one history event between the base and the head.</summary>
public enum HistoryStep
{
    /// <summary>The event is unchanged.</summary>
    Kept,

    /// <summary>A past event was deleted.</summary>
    Removed,

    /// <summary>A past event was replaced by a different one at the same place.</summary>
    Edited,

    /// <summary>A new event after every kept one.</summary>
    Added,

    /// <summary>A new event placed before an existing one (backdated).</summary>
    Inserted,
}
