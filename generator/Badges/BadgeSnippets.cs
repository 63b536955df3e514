using Steady.Plan;

namespace Steady.Badges;

/// <summary>The embed snippets a project page shows for its badge.</summary>
public static class BadgeSnippets
{
    public static string Markdown(SiteUrls urls, string slug) =>
        $"[![maintainers status on Steady]({urls.Absolute(BadgePaths.Svg(slug))})]({urls.Absolute(SiteUrls.ProjectPath(slug))})";

    public static string Html(SiteUrls urls, string slug) =>
        $"<a href=\"{urls.Absolute(SiteUrls.ProjectPath(slug))}\"><img src=\"{urls.Absolute(BadgePaths.Svg(slug))}\" alt=\"maintainers status on Steady\"></a>";
}
