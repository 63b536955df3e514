namespace Steady.Plan.Models;

/// <summary>
/// One page of the site map: where it goes, how it is laid out, and the model its template reads. A project page's
/// layout data and model are built each time they are read, when the page is rendered, so that a large registry never
/// holds every project page's strings and model at once; <see cref="ProjectSlug"/> names the project without building
/// anything.
/// </summary>
public sealed class PlannedPage
{
    private readonly PageMeta? _page;
    private readonly Func<PageMeta>? _buildPage;
    private readonly object? _model;
    private readonly Func<object>? _build;

    public PlannedPage(PageMeta page, object model)
    {
        _page = page;
        Path = page.Path;
        _model = model;
    }

    /// <summary>A page whose model is large and built only when the page is rendered.</summary>
    public PlannedPage(PageMeta page, Func<object> build)
    {
        _page = page;
        Path = page.Path;
        _build = build;
    }

    public PlannedPage(string path, string projectSlug, Func<PageMeta> page, Func<object> build)
    {
        Path = path;
        ProjectSlug = projectSlug;
        _buildPage = page;
        _build = build;
    }

    /// <summary>The page's path, as <see cref="PageMeta.Path"/>; the plan is sorted by it.</summary>
    public string Path { get; }

    public PageMeta Page => _page ?? _buildPage!();

    /// <summary>The project whose page this is; null for every other page.</summary>
    public string? ProjectSlug { get; }

    public object Model => _model ?? _build!();
}
