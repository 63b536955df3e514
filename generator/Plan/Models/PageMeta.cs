namespace Steady.Plan.Models;

/// <summary>
/// What the layout needs about one page: the <c>page</c> object of the templates. <see cref="Template"/> is the
/// theme file rendered inside <c>layouts/base.html</c>.
/// </summary>
public sealed record PageMeta(
    string Path,
    string Template,
    string Title,
    string Description,
    string Url,
    string Canonical,
    string Section,
    string Type = "website",
    bool Script = false,
    bool InSitemap = true,
    string? LastModified = null)
{
    /// <summary>Feeds of this page besides the site's, for head links (a project's own feed).</summary>
    public IReadOnlyList<FeedLink> Feeds { get; init; } = [];

    /// <summary>The file the page is written to: <c>projects/x/</c> → <c>projects/x/index.html</c>.</summary>
    public string File => Path.Length == 0 || Path.EndsWith('/') ? Path + "index.html" : Path;
}
