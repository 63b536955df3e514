using Scriban;
using Scriban.Runtime;
using Steady.Plan.Models;
using Steady.Write;

namespace Steady.Render.Templating;

/// <summary>
/// Renders pages with one context, on one thread: <c>layouts/base.html</c> with the globals <c>site</c>, <c>page</c>
/// and <c>model</c>; the base layout includes <c>page.template</c>. Page globals are pushed and popped per page,
/// so nothing a template assigns leaks into the next page.
/// </summary>
internal sealed class PageRenderer
{
    private readonly SafeTemplateContext _context;
    private readonly Template _layout;
    private readonly CharOutput _output = new();

    public PageRenderer(TemplateSet templates, Func<string, Html> markdown, SiteModel site)
    {
        _context = new SafeTemplateContext(templates, markdown);
        _layout = templates.Get(TemplateSet.BaseLayout);
        var shared = new ScriptObject();
        shared.SetValue("site", site, true);
        _context.PushGlobal(shared);
        _context.SiteScope = shared;
    }

    /// <summary>
    /// Renders a page and writes it to the sink as UTF-8. The text is encoded as the templates write it, into pooled
    /// segments, so even a page listing every project is never held as one string.
    /// </summary>
    public void RenderTo(PlannedPage page, IOutputSink sink)
    {
        if (page.ProjectSlug is null)
        {
            // A page that lists projects grows with the registry: it streams to the sink as it is rendered.
            sink.WriteStream(page.Page.File, stream =>
            {
                using var spilling = new SegmentedBuffer(stream);
                EvaluateInto(page, spilling);
                spilling.Flush();
            });
            return;
        }

        using var buffer = new SegmentedBuffer();
        EvaluateInto(page, buffer);
        buffer.WriteTo(sink, page.Page.File);
    }

    private void EvaluateInto(PlannedPage page, SegmentedBuffer buffer)
    {
        var output = new Utf8Output(buffer);
        Evaluate(page, output);
        output.Complete();
    }

    /// <summary>Renders a page to a string.</summary>
    public string Render(PlannedPage page)
    {
        try
        {
            return Evaluate(page, _output);
        }
        finally
        {
            _output.Clear();
        }
    }

    /// <summary>Renders the page into <paramref name="output"/>; returns what Scriban makes of the output's text.</summary>
    private string Evaluate(PlannedPage page, IScriptOutput output)
    {
        var globals = new ScriptObject();
        globals.SetValue("page", page.Page, true);
        globals.SetValue("model", page.Model, true);
        _context.PushGlobal(globals);
        _context.PushOutput(output);
        try
        {
            return _layout.Render(_context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            throw new ThemeException($"{page.Page.File}: {ex.Message}", ex);
        }
        finally
        {
            _context.PopOutput();
            _context.PopGlobal();
        }
    }
}
