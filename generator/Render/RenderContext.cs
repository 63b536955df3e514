using Steady.Config;
using Steady.Plan;
using Steady.Plan.Models;

namespace Steady.Render;

/// <summary>What every renderer needs besides the data: the settings, the URL helper and the as-of date.</summary>
public sealed record RenderContext(SiteSettings Settings, SiteUrls Urls, DateOnly AsOf)
{
    /// <summary>The site map of the plan stage; the pages publisher plans without content pages when it is absent.</summary>
    public SitePlan? Plan { get; init; }
}
