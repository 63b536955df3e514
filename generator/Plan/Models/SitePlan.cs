namespace Steady.Plan.Models;

/// <summary>The site map: every page with its model, sorted by path, and what all pages share.</summary>
public sealed record SitePlan(SiteModel Site, IReadOnlyList<PlannedPage> Pages);
