using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Steady.Plan;
using Steady.Render.Templating;

namespace Steady.Render.Markdown;

/// <summary>
/// Renders content Markdown to HTML. Raw HTML is disabled (written as text); every link, autolink and image passes
/// the link policy: refused links keep their text but lose the link, site-relative <c>/x/</c> links get the base
/// path, and images must be on the site (others become plain links, so a page makes no outside request). The page
/// title is the page's only h1: when the Markdown has level-1 headings, every heading moves down one level.
/// The pipeline is built once and is thread-safe.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly SiteUrls _urls;

    public MarkdownRenderer(SiteUrls urls)
    {
        _urls = urls;
        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAutoLinks()
            .DisableHtml()
            .Build();
    }

    public Html Render(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        Headings(document);
        foreach (var link in document.Descendants<LinkInline>().ToArray())
        {
            Check(link);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToArray())
        {
            Check(autolink);
        }

        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new Html(writer.ToString());
    }

    private static void Headings(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToArray();
        if (headings.Any(h => h.Level == 1))
        {
            foreach (var heading in headings)
            {
                heading.Level = Math.Min(6, heading.Level + 1);
            }
        }
    }

    private void Check(LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        link.GetDynamicUrl = null;
        var allowed = LinkPolicy.Markdown(url, _urls);
        if (allowed is null)
        {
            Unwrap(link);
            return;
        }

        link.Url = allowed;
        if (link.IsImage && !LinkPolicy.IsRelative(allowed))
        {
            link.IsImage = false;
        }
    }

    private void Check(AutolinkInline autolink)
    {
        var allowed = autolink.IsEmail ? autolink.Url : LinkPolicy.Markdown(autolink.Url, _urls);
        if (allowed is null || (autolink.IsEmail && autolink.Url.Contains(':', StringComparison.Ordinal)))
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
            return;
        }

        autolink.Url = allowed;
    }

    /// <summary>Keeps a refused link's text (an image's alternative text) and drops the link.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
