namespace Steady.Badges;

/// <summary>Site paths of a project's badge: the SVG image and the shields.io endpoint file.</summary>
public static class BadgePaths
{
    public static string Svg(string slug) => $"badges/{slug}.svg";

    public static string Endpoint(string slug) => $"badges/{slug}.json";
}
