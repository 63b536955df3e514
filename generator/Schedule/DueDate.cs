namespace Steady.Schedule;

/// <summary>A date a downstream team may want in its calendar: one all-day event with a stable UID.</summary>
public sealed record DueDate(DateOnly Date, string Uid, string Slug, string Summary, string Description, string Url);
