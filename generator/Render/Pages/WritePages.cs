using Steady.Derive;
using Steady.Plan;
using Steady.Plan.Models;
using Steady.Render.Markdown;
using Steady.Render.Templating;
using Steady.Write;

namespace Steady.Render.Pages;

/// <summary>
/// The HTML site: every page of the plan rendered in parallel (one Scriban context per thread, templates parsed
/// once) and streamed to the sink as it is rendered; beside them <c>sitemap.xml</c>, <c>robots.txt</c>,
/// <c>.nojekyll</c> and the theme's assets.
/// </summary>
public sealed class WritePages : ISitePublisher
{
    public string Name => "pages";

    public void Publish(SiteData data, RenderContext context, IOutputSink sink)
    {
        var plan = context.Plan ?? PlanSite.Plan(data, [], context.Settings, context.Urls);
        var pages = context.Scope is null
            ? plan.Pages
            : plan.Pages.Where(p => p.ProjectSlug is { } slug ? context.RendersProject(slug) : context.RendersSiteWide).ToArray();
        var theme = new ThemeFiles(context.Settings.Theme, context.Settings.Overrides);
        var templates = TemplateSet.Compile(theme);
        var markdown = new MarkdownRenderer(context.Urls);

        // One renderer (Scriban context and output buffer) per worker; no more workers than cores, so that
        // threads blocked on the disk do not make the pool add more contexts. A worker that ends hands its
        // renderer to the next one, so a build makes no more renderers than it runs at once.
        var idle = new System.Collections.Concurrent.ConcurrentBag<PageRenderer>();
        // The pages that list projects are the long ones: they go first, so that no core is left rendering one of
        // them alone at the end while the other waits.
        var longFirst = pages.Where(p => p.ProjectSlug is null).Concat(pages.Where(p => p.ProjectSlug is not null)).ToArray();
        void RenderPages() => Parallel.ForEach(
            longFirst,
            Text.Parallelism.Options,
            () => idle.TryTake(out var renderer) ? renderer : new PageRenderer(templates, markdown.Render, plan.Site),
            (page, _, renderer) =>
            {
                renderer.RenderTo(page, sink);
                return renderer;
            },
            idle.Add);

        if (!context.RendersSiteWide)
        {
            Text.Parallelism.Unwrapped(RenderPages);
            return;
        }

        // The sitemap (which lists every page) and the other site files are written beside the pages, not after the
        // last one, when one thread alone would write them while the other core waits.
        Text.Parallelism.Invoke(RenderPages, () =>
        {
            SitemapWriter.Write(plan, context.Urls, sink);
            sink.WriteText("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {context.Urls.Absolute("sitemap.xml")}\n");
            sink.Write(OutputFolderGuard.Marker, ReadOnlySpan<byte>.Empty);
            foreach (var asset in theme.List("assets"))
            {
                sink.Write(asset, File.ReadAllBytes(theme.Find(asset)!));
            }
        });
    }
}
