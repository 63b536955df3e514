using System.Text;
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
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly Template _layout;
    private byte[] _buffer = new byte[64 * 1024];

    public PageRenderer(TemplateSet templates, Func<string, Html> markdown, SiteModel site)
    {
        _context = new SafeTemplateContext(templates, markdown);
        _layout = templates.Get(TemplateSet.BaseLayout);
        var shared = new ScriptObject();
        shared.SetValue("site", site, true);
        _context.PushGlobal(shared);
    }

    /// <summary>Renders a page and writes it to the sink as UTF-8, through a buffer this renderer reuses.</summary>
    public void RenderTo(PlannedPage page, IOutputSink sink)
    {
        var html = Render(page);
        var size = Utf8.GetMaxByteCount(html.Length);
        if (_buffer.Length < size)
        {
            _buffer = new byte[Math.Max(size, _buffer.Length * 2)];
        }

        var length = Utf8.GetBytes(html, _buffer);
        sink.Write(page.Page.File, _buffer.AsSpan(0, length));
    }

    public string Render(PlannedPage page)
    {
        var globals = new ScriptObject();
        globals.SetValue("page", page.Page, true);
        globals.SetValue("model", page.Model, true);
        _context.PushGlobal(globals);
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
            _context.PopGlobal();
        }
    }
}
