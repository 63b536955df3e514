namespace Steady.Plan.Models;

/// <summary>
/// One page of the site map: where it goes, how it is laid out, and the model its template reads. A project page's
/// model is built each time it is read, when the page is rendered, so that a large registry never holds every
/// project page's model at once; <see cref="ProjectSlug"/> names the project without building it.
/// </summary>
public sealed class PlannedPage
{
    private readonly object? _model;
    private readonly Func<object>? _build;

    public PlannedPage(PageMeta page, object model)
    {
        Page = page;
        _model = model;
    }

    public PlannedPage(PageMeta page, string projectSlug, Func<object> build)
    {
        Page = page;
        ProjectSlug = projectSlug;
        _build = build;
    }

    public PageMeta Page { get; }

    /// <summary>The project whose page this is; null for every other page.</summary>
    public string? ProjectSlug { get; }

    public object Model => _model ?? _build!();
}
