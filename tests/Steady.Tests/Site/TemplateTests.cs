using Steady.Plan.Models;
using Steady.Render.Templating;
using Steady.Tests.Support;

namespace Steady.Tests.Site;

/// <summary>The theme's templates: values escaped by default, the lookup order, and limits that fit large lists.</summary>
public sealed class TemplateTests : IDisposable
{
    internal static readonly SiteModel Site = new("T", "D", "en", "/", "2026-06-30", "/s.css", "/i.svg", "/f.js", "/projects/", "/api/", null, [], [], []);
    private readonly TempFolder _temp = new();

    private string Render(object model, string baseLayout, string? overrideLayout = null, params (string Name, string Text)[] partials)
    {
        var theme = _temp.Sub("theme");
        TempFolder.WriteFile(theme, "layouts/base.html", baseLayout);
        foreach (var (name, text) in partials)
        {
            TempFolder.WriteFile(theme, name, text);
        }

        string? overrides = null;
        if (overrideLayout is not null)
        {
            overrides = _temp.Sub("overrides");
            TempFolder.WriteFile(overrides, "layouts/base.html", overrideLayout);
        }

        var templates = TemplateSet.Compile(new ThemeFiles(theme, overrides));
        var page = new PlannedPage(new PageMeta("", "layouts/base.html", "t", "d", "/", "https://x/", ""), model);
        return new PageRenderer(templates, md => new Html("<p>" + md + "</p>"), Site).Render(page);
    }

    [Fact]
    public void Every_value_a_template_writes_is_escaped()
    {
        var html = Render(new[] { "<script>", "\"'&>" }, "<a title=\"{{ model[1] }}\">{{ model[0] }}</a>{{ 'x<' + model[0] }}");
        Assert.Equal("<a title=\"&quot;&#39;&amp;&gt;\">&lt;script&gt;</a>x&lt;&lt;script&gt;", html);
    }

    [Fact]
    public void Partials_and_rendered_markdown_are_written_once_escaped_not_twice()
    {
        var html = Render("<b>", "{{ include 'partials/p.html' model }}|{{ markdown 'm' }}", null, ("partials/p.html", "<i>{{ $1 }}</i>"));
        Assert.Equal("<i>&lt;b&gt;</i>|<p>m</p>", html);
    }

    [Fact]
    public void Written_text_is_never_re_indented_to_the_column_of_its_tag()
    {
        // Indented to its tag, the second line of each value would gain two spaces: inside <pre> that changes the text.
        var html = Render("one\ntwo", "<pre>\n  {{ model }}\n  {{ include 'partials/p.html' }}\n</pre>", null, ("partials/p.html", "three\nfour"));
        Assert.Equal("<pre>\n  one\ntwo\n  three\nfour\n</pre>", html);
    }

    [Fact]
    public void An_override_replaces_the_theme_file_of_the_same_path()
    {
        Assert.Equal("override", Render("", "theme", "override"));
    }

    [Fact]
    public void A_list_of_ten_thousand_items_with_inner_loops_renders_whole()
    {
        var model = Enumerable.Range(0, 10_000).Select(i => new[] { i, i }).ToArray();
        var html = Render(model, "{{ for row in model }}<tr>{{ for cell in row }}<td>{{ cell }}</td>{{ end }}" + new string('x', 100) + "</tr>\n{{ end }}");
        Assert.Equal(10_000, html.Split('\n').Length - 1);
        Assert.True(html.Length > 1024 * 1024);
        Assert.EndsWith("<td>9999</td><td>9999</td>" + new string('x', 100) + "</tr>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_error_names_the_file_and_line()
    {
        var failure = Assert.Throws<ThemeException>(() => Render("", "ok\n{{ for x in }}"));
        Assert.Contains("base.html(2,", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_variable_fails_instead_of_writing_nothing()
    {
        Assert.Throws<ThemeException>(() => Render("", "{{ modle }}"));
    }

    [Fact]
    public void Partials_take_positional_and_named_arguments_and_nest()
    {
        var html = Render("m", "{{ include 'partials/outer.html' 'a' tone: 'b' }}", null,
            ("partials/outer.html", "[{{ $1 }}{{ $tone }}{{ include 'partials/inner.html' $1 }}]"),
            ("partials/inner.html", "({{ $1 }}{{ $0 }})"));
        Assert.Equal("[ab(apartials/inner.html)]", html);
    }

    [Fact]
    public void A_partial_does_not_see_the_local_variables_of_the_page_that_includes_it()
    {
        var error = Assert.Throws<ThemeException>(() => Render("m", "{{ $secret = 'x' }}{{ include 'partials/p.html' }}", null,
            ("partials/p.html", "{{ $secret }}")));
        Assert.Contains("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_at_the_recursion_limit()
    {
        var error = Assert.Throws<ThemeException>(() => Render("m", "{{ include 'partials/loop.html' }}", null,
            ("partials/loop.html", "x{{ include 'partials/loop.html' }}")));
        Assert.Contains("recursive", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Consecutive_pages_share_nothing_they_wrote()
    {
        var theme = _temp.Sub("theme-pages");
        TempFolder.WriteFile(theme, "layouts/base.html", "{{ include 'partials/p.html' model }}");
        TempFolder.WriteFile(theme, "partials/p.html", "<{{ $1 }}>");
        var renderer = new PageRenderer(TemplateSet.Compile(new ThemeFiles(theme, null)), md => new Html(md), Site);
        PlannedPage Page(string model) => new(new PageMeta("", "layouts/base.html", "t", "d", "/", "https://x/", ""), model);

        Assert.Equal("<one>", renderer.Render(Page("one")));
        Assert.Equal("<two>", renderer.Render(Page("two")));
        Assert.Equal(new string('z', 2_000_000), renderer.Render(Page(new string('z', 2_000_000)))[1..^1]);
        Assert.Equal("<three>", renderer.Render(Page("three")));
    }

    [Fact]
    public void A_partial_whose_value_is_kept_renders_where_it_is_written()
    {
        var html = Render("<b>", "{{ x = include 'partials/p.html' model }}[{{ x }}][{{ x }}]", null, ("partials/p.html", "<i>{{ $1 }}</i>"));
        Assert.Equal("[<i>&lt;b&gt;</i>][<i>&lt;b&gt;</i>]", html);
    }

    [Fact]
    public void A_page_written_to_a_sink_has_the_bytes_of_the_rendered_text()
    {
        var theme = _temp.Sub("theme-bytes");
        TempFolder.WriteFile(theme, "layouts/base.html", "{{ for i in 1..model }}é😀{{ include 'partials/p.html' i }}{{ end }}");
        TempFolder.WriteFile(theme, "partials/p.html", "<{{ $1 }}>\n");
        var renderer = new PageRenderer(TemplateSet.Compile(new ThemeFiles(theme, null)), md => new Html(md), Site);
        var sink = new MemorySink();
        var page = new PlannedPage(new PageMeta("big/", "layouts/base.html", "t", "d", "/big/", "https://x/big/", ""), 20_000);

        renderer.RenderTo(page, sink);

        var text = renderer.Render(page);
        Assert.True(text.Length > 64 * 1024, $"{text.Length} characters");
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(text), sink.Files[page.Page.File]);
    }

    public void Dispose() => _temp.Dispose();
}
