using Steady.Config;
using Steady.Derive;
using Steady.Diagnostics;
using Steady.Model;
using Steady.Plan;
using Steady.Render;
using Steady.Validate;

namespace Steady.Tests.Support;

/// <summary>The fixture registry of tests/Fixtures/feeds-registry, validated and derived for 2026-06-01, under a sub-path.</summary>
public static class FeedsFixture
{
    public static readonly DateOnly AsOf = new(2026, 6, 1);

    public const string BaseUrl = "https://example.org/registry/";

    private static readonly Lazy<Registry> Loaded = new(Load);

    public static Registry Registry => Loaded.Value;

    public static SiteData Data(Registry? registry = null) => SignalDeriver.Derive(registry ?? Registry, AsOf);

    public static RenderContext Context(string baseUrl = BaseUrl) =>
        new(SiteSettings.Default with { BaseUrl = baseUrl, Title = "Steady" }, new SiteUrls(baseUrl), AsOf);

    /// <summary>Runs publishers on the data and returns what they wrote.</summary>
    public static MemorySink Publish(SiteData data, RenderContext context, params ISitePublisher[] publishers)
    {
        var sink = new MemorySink();
        foreach (var publisher in publishers)
        {
            publisher.Publish(data, context, sink);
        }

        return sink;
    }

    /// <summary>Every publisher of the build except the HTML pages, which need a theme folder.</summary>
    public static MemorySink PublishAll() =>
        Publish(Data(), Context(), [.. Publishers.All().Where(p => p is not Steady.Render.Pages.WritePages)]);

    private static Registry Load()
    {
        var (loaded, diagnostics) = RegistryValidator.LoadAndValidate(TestPaths.FeedsRegistry, "feeds-registry", AsOf);
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("fixture registry is invalid:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        }

        return loaded.Registry;
    }
}
