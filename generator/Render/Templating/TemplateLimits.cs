namespace Steady.Render.Templating;

/// <summary>
/// Scriban's limits, set explicitly. Scriban's defaults (1,000 loop iterations, 1 MiB of output) would cut a list
/// of 10,000 projects short; these allow 100,000 projects with nested loops and still stop a runaway template.
/// Reaching a limit fails the build instead of truncating a page.
/// </summary>
public static class TemplateLimits
{
    /// <summary>Loop iterations per nested iteration tree (a page's project table with its inner loops).</summary>
    public const int Loops = 10_000_000;

    /// <summary>Depth of nested includes and function calls.</summary>
    public const int Recursion = 64;

    /// <summary>Characters one page may have (256 Mi), and one string conversion.</summary>
    public const int Output = 256 * 1024 * 1024;
}
