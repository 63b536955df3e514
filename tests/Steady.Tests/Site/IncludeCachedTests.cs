using Steady.Plan.Models;
using Steady.Render.Templating;
using Steady.Tests.Support;

namespace Steady.Tests.Site;

/// <summary>
/// <c>include_cached</c>: a partial rendered once per set of argument values and reused, which sees <c>site</c> and
/// its arguments and nothing of the page.
/// </summary>
public sealed class IncludeCachedTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private int _markdownCalls;

    /// <summary>A renderer of a theme whose partial <c>partials/p.html</c> counts its renders through <c>markdown</c>.</summary>
    private PageRenderer Renderer(string baseLayout, string partial)
    {
        var theme = _temp.Sub("theme");
        TempFolder.WriteFile(theme, "layouts/base.html", baseLayout);
        TempFolder.WriteFile(theme, "partials/p.html", partial);
        return new PageRenderer(TemplateSet.Compile(new ThemeFiles(theme, null)), md =>
        {
            _markdownCalls++;
            return new Html(md);
        }, TemplateTests.Site);
    }

    private static PlannedPage Page(string path, string section, object? model = null) =>
        new(new PageMeta(path, "layouts/base.html", "t", "d", "/" + path, "https://x/" + path, section), model ?? "");

    [Fact]
    public void A_partial_renders_once_for_each_set_of_argument_values_and_pages_reuse_it()
    {
        var renderer = Renderer(
            "{{ include_cached 'partials/p.html' page.section root: (page.path == page.section) }}|{{ page.path }}",
            "{{ markdown 'r' }}{{ site.title }}:{{ $1 }}:{{ $root }}");

        var pages = new[]
        {
            ("a/", "a/", "r" + "T:a/:true|a/"),
            ("a/x/", "a/", "r" + "T:a/:false|a/x/"),
            ("a/y/", "a/", "r" + "T:a/:false|a/y/"),
            ("b/z/", "b/", "r" + "T:b/:false|b/z/"),
            ("a/z/", "a/", "r" + "T:a/:false|a/z/"),
        };
        foreach (var (path, section, expected) in pages)
        {
            Assert.Equal(expected, renderer.Render(Page(path, section)));
        }

        // (a/, true), (a/, false) and (b/, false): three renders for five pages.
        Assert.Equal(3, _markdownCalls);
    }

    [Fact]
    public void An_absent_argument_and_an_empty_one_are_different_keys()
    {
        var renderer = Renderer("{{ include_cached 'partials/p.html' model[0] }}", "[{{ $1 == null }}]");

        Assert.Equal("[true]", renderer.Render(Page("", "", new string?[] { null })));
        Assert.Equal("[false]", renderer.Render(Page("", "", new[] { "" })));
    }

    [Theory]
    [InlineData("{{ page.path }}", "page")]
    [InlineData("{{ model }}", "model")]
    [InlineData("{{ assigned }}", "assigned")]
    [InlineData("{{ item }}", "item")]
    public void A_cached_partial_cannot_read_the_page(string partial, string variable)
    {
        var renderer = Renderer(
            "{{ assigned = 1 }}{{ for item in [1] }}{{ include_cached 'partials/p.html' }}{{ end }}",
            partial);

        var error = Assert.Throws<ThemeException>(() => renderer.Render(Page("a/", "a/")));
        Assert.Contains(variable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_in_scope_again_after_a_cached_partial()
    {
        var renderer = Renderer(
            "{{ x = 'before' }}{{ include_cached 'partials/p.html' }}{{ x }} {{ page.path }} {{ include_cached 'partials/p.html' }}",
            "<cached>");

        Assert.Equal("<cached>before a/ <cached>", renderer.Render(Page("a/", "a/")));
        Assert.Equal("<cached>before b/ <cached>", renderer.Render(Page("b/", "b/")));
    }

    [Theory]
    [InlineData("{{ include_cached 'partials/p.html' page }}")]
    [InlineData("{{ include_cached 'partials/p.html' model }}")]
    [InlineData("{{ include_cached 'partials/p.html' rows: [1, 2] }}")]
    public void An_object_is_not_a_key_because_its_text_does_not_stand_for_it(string call)
    {
        var renderer = Renderer(call, "x");

        var error = Assert.Throws<ThemeException>(() => renderer.Render(Page("a/", "a/", new[] { 1 })));
        Assert.Contains("include_cached takes text, numbers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_dates_and_text_are_keys_by_value()
    {
        var renderer = Renderer("{{ include_cached 'partials/p.html' model[0] model[1] }}", "{{ markdown '' }}{{ $1 }}/{{ $2 }}");

        Assert.Equal("2/11/28/2026", renderer.Render(Page("a/", "a/", new object[] { 2, new DateOnly(2026, 11, 28) })));
        Assert.Equal("2/11/28/2026", renderer.Render(Page("b/", "b/", new object[] { 2, new DateOnly(2026, 11, 28) })));
        Assert.Equal("3/11/28/2026", renderer.Render(Page("c/", "c/", new object[] { 3, new DateOnly(2026, 11, 28) })));
        Assert.Equal(2, _markdownCalls);
    }

    [Fact]
    public void Past_the_kept_entries_a_partial_renders_for_each_call_and_the_kept_ones_are_still_reused()
    {
        var renderer = Renderer("{{ include_cached 'partials/p.html' page.path }}", "{{ markdown '' }}{{ $1 }}");
        for (var i = 0; i < IncludeCached.MaxEntries; i++)
        {
            renderer.Render(Page($"p{i}/", ""));
        }

        Assert.Equal(IncludeCached.MaxEntries, _markdownCalls);
        Assert.Equal("extra/", renderer.Render(Page("extra/", "")));
        Assert.Equal("extra/", renderer.Render(Page("extra/", "")));
        Assert.Equal(IncludeCached.MaxEntries + 2, _markdownCalls);
        Assert.Equal("p0/", renderer.Render(Page("p0/", "")));
        Assert.Equal(IncludeCached.MaxEntries + 2, _markdownCalls);
    }

    [Fact]
    public void A_missing_partial_fails_with_its_name()
    {
        var renderer = Renderer("{{ include_cached 'partials/none.html' }}", "");

        var error = Assert.Throws<ThemeException>(() => renderer.Render(Page("a/", "a/")));
        Assert.Contains("partials/none.html", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
