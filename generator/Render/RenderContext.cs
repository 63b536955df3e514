using Steady.Config;
using Steady.Plan;

namespace Steady.Render;

/// <summary>What every renderer needs besides the data: the settings, the URL helper and the as-of date.</summary>
public sealed record RenderContext(SiteSettings Settings, SiteUrls Urls, DateOnly AsOf);
