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
    private readonly CharOutput _output = new();
    private const int KeptBufferBytes = 1024 * 1024;
    private readonly byte[] _buffer = new byte[KeptBufferBytes];

    public PageRenderer(TemplateSet templates, Func<string, Html> markdown, SiteModel site)
    {
        _context = new SafeTemplateContext(templates, markdown);
        _layout = templates.Get(TemplateSet.BaseLayout);
        var shared = new ScriptObject();
        shared.SetValue("site", site, true);
        _context.PushGlobal(shared);
    }

    /// <summary>
    /// Renders a page and writes it to the sink as UTF-8, through a buffer this renderer reuses for pages up to
    /// <see cref="KeptBufferBytes"/>; a larger page (a list of every project) gets a buffer of its exact size, which is
    /// not kept once the page is written.
    /// </summary>
    public void RenderTo(PlannedPage page, IOutputSink sink)
    {
        var html = Render(page);
        var size = Utf8.GetByteCount(html);
        if (size > KeptBufferBytes)
        {
            var large = GC.AllocateUninitializedArray<byte>(size);
            Utf8.GetBytes(html, large);
            sink.Write(page.Page.File, large);
            return;
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
        _context.PushOutput(_output);
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
            _output.Clear();
            _context.PopGlobal();
        }
    }
}
