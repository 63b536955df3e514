namespace Steady.Derive;

/// <summary>One reason for a project's downstream caution, with the level it implies and since when it holds.</summary>
public sealed record CautionReason(CautionCause Cause, Model.CautionLevel Level, DateOnly? Since, string Text);
