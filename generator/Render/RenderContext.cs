using Steady.Config;
using Steady.Plan;
using Steady.Plan.Models;

namespace Steady.Render;

/// <summary>What every renderer needs besides the data: the settings, the URL helper and the as-of date.</summary>
public sealed record RenderContext(SiteSettings Settings, SiteUrls Urls, DateOnly AsOf)
{
    /// <summary>The site map of the plan stage; the pages publisher plans without content pages when it is absent.</summary>
    public SitePlan? Plan { get; init; }

    /// <summary>The outputs to write; null (a build) writes every output.</summary>
    public RenderScope? Scope { get; init; }

    /// <summary>Whether the files of this project (its page, feeds, API file and badges) are written.</summary>
    public bool RendersProject(string slug) => Scope is null || Scope.Projects.Contains(slug);

    /// <summary>Whether the files that belong to no single project are written.</summary>
    public bool RendersSiteWide => Scope is null || Scope.SiteWide;
}
