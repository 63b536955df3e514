namespace Steady.Render;

/// <summary>
/// Which outputs a render writes, when not all of them: the files of some projects (page, feeds, API file, badges)
/// and, when <see cref="SiteWide"/>, every other file (lists, registry feeds, API lists, sitemap, calendar, assets).
/// <c>steady serve</c> uses it to re-render only what an edited entry affects; a build renders everything.
/// </summary>
public sealed record RenderScope(IReadOnlySet<string> Projects, bool SiteWide)
{
    /// <summary>The files of the named projects only.</summary>
    public static RenderScope ProjectsOnly(IReadOnlySet<string> slugs) => new(slugs, false);

    /// <summary>Every file that belongs to no single project.</summary>
    public static RenderScope SiteWideOnly { get; } = new(new HashSet<string>(StringComparer.Ordinal), true);
}
