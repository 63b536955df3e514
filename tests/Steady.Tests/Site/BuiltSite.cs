using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Steady.Build;

namespace Steady.Tests.Site;

/// <summary>A fixture site built once into a temporary folder, with its pages parsed by AngleSharp.</summary>
public abstract class BuiltSite : IDisposable
{
    public const string BasePath = "/registry/";
    public const string BaseUrl = "https://example.org/registry/";

    private readonly TempFolder _temp = new();
    private readonly Lazy<IReadOnlyDictionary<string, IHtmlDocument>> _pages;

    protected BuiltSite(string fixture)
    {
        Fixture = fixture;
        Folder = _temp.Sub("_site");
        Result = SiteBuilds.Build(fixture, Folder);
        _pages = new(() =>
        {
            var parser = new HtmlParser();
            return Directory.EnumerateFiles(Folder, "*.html", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .ToDictionary(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'), f => parser.ParseDocument(File.ReadAllText(f)), StringComparer.Ordinal);
        });
    }

    public string Fixture { get; }

    public string Folder { get; }

    public BuildResult Result { get; }

    /// <summary>Every HTML page by its path in the site (<c>projects/x/index.html</c>).</summary>
    public IReadOnlyDictionary<string, IHtmlDocument> Pages => _pages.Value;

    public void Dispose()
    {
        foreach (var page in _pages.IsValueCreated ? _pages.Value.Values : [])
        {
            page.Dispose();
        }

        _temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
