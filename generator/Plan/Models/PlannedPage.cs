namespace Steady.Plan.Models;

/// <summary>One page of the site map: where it goes, how it is laid out, and the model its template reads.</summary>
public sealed record PlannedPage(PageMeta Page, object Model);
