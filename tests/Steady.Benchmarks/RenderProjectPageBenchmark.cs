using BenchmarkDotNet.Attributes;
using Steady.Build;
using Steady.Config;
using Steady.Derive;
using Steady.Diagnostics;
using Steady.Enrich;
using Steady.Load;
using Steady.Plan;
using Steady.Plan.Models;
using Steady.Render.Markdown;
using Steady.Render.Templating;
using Steady.Validate;

namespace Steady.Benchmarks;

/// <summary>
/// Rendering one project page to HTML: the unit of work of the pages publisher. The registry, content and settings are
/// loaded, validated, derived and planned as <see cref="BuildSite"/> does, and the theme is compiled once; each call
/// renders the page of <see cref="Slug"/> (the largest page of <c>registry-data/</c>) through the real templates.
/// </summary>
[MemoryDiagnoser]
public class RenderProjectPageBenchmark
{
    private const string Slug = "libxml2";

    private PageRenderer _renderer = null!;
    private PlannedPage _page = null!;

    [GlobalSetup]
    public void Setup()
    {
        var asOf = new DateOnly(2026, 11, 27);
        var (settings, settingsDiagnostics) = SettingsLoader.Load(BenchmarkPaths.Find(SettingsLoader.FileName), new SettingsOverrides(), asOf);
        if (settings is null)
        {
            throw new InvalidOperationException($"{SettingsLoader.FileName} is invalid: {string.Join("; ", settingsDiagnostics)}");
        }

        var urls = new SiteUrls(settings.BaseUrl);
        var loaded = RegistryLoader.Load(settings.Registry, BuildSite.DisplayRoot(settings.Registry), asOf);
        var content = ContentLoader.Load(settings.Content, BuildSite.DisplayRoot(settings.Content), asOf);
        var enrichment = EnrichmentStore.Load(settings.Registry);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(RegistryValidator.Validate(loaded, asOf, enrichment));
        diagnostics.AddRange(content.Diagnostics);
        diagnostics.AddRange(ContentRules.Check(content.Pages));
        if (diagnostics.Sorted().Where(d => d.IsError).ToArray() is { Length: > 0 } errors)
        {
            throw new InvalidOperationException($"{settings.Registry} has errors: {string.Join("; ", errors)}");
        }

        var data = SignalDeriver.Derive(loaded.Registry, asOf, enrichment);
        var plan = PlanSite.Plan(data, content.Pages, settings, urls);
        _page = plan.Pages.SingleOrDefault(p => p.ProjectSlug == Slug)
            ?? throw new InvalidOperationException($"the plan has no page for project '{Slug}'");

        var templates = TemplateSet.Compile(new ThemeFiles(settings.Theme, settings.Overrides));
        _renderer = new PageRenderer(templates, new MarkdownRenderer(urls).Render, plan.Site);

        var html = RenderProjectPage();
        var name = HtmlText.Escape(((ProjectPageModel)_page.Model).Row.Name);
        if (!html.Contains("<h1>", StringComparison.Ordinal) || !html.Contains(name, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the page of '{Slug}' rendered without an <h1> or without the name '{name}' ({html.Length} characters)");
        }
    }

    [Benchmark]
    public string RenderProjectPage() => _renderer.Render(_page);
}
