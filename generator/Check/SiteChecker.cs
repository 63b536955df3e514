using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Steady.Check;

/// <summary>
/// Checks a built site the way a visitor and a screen reader meet it: every internal link, anchor, image, script,
/// stylesheet and feed reference resolves to a file; every page has <c>lang</c>, a title, exactly one <c>h1</c>,
/// and alt text on every image. The site's base path is read from the home page's canonical link.
/// </summary>
public static class SiteChecker
{
    private static readonly string[] ReferenceAttributes = ["href", "src"];

    public static IReadOnlyList<SiteProblem> Check(string siteDir)
    {
        if (!Directory.Exists(siteDir))
        {
            throw new DirectoryNotFoundException($"site folder '{siteDir}' does not exist; build the site first");
        }

        var root = Path.GetFullPath(siteDir);
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var basePath = FindBasePath(root);
        var problems = new ConcurrentBag<SiteProblem>();
        var facts = new ConcurrentDictionary<string, PageFacts>(StringComparer.Ordinal);

        Parallel.ForEach(pages, Text.Parallelism.Options, page =>
        {
            var parser = new HtmlParser();
            using var document = parser.ParseDocument(File.ReadAllText(Path.Combine(root, page)));
            CheckPage(page, document, problems);
            facts[page] = Collect(page, document);
        });

        Parallel.ForEach(facts.Values, Text.Parallelism.Options, page =>
        {
            foreach (var (kind, target) in page.References)
            {
                CheckReference(root, basePath, page.Page, kind, target, facts, problems);
            }
        });

        return problems.OrderBy(p => p.Page, StringComparer.Ordinal).ThenBy(p => p.Message, StringComparer.Ordinal).ToArray();
    }

    private static void CheckPage(string page, IDocument document, ConcurrentBag<SiteProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(document.DocumentElement.GetAttribute("lang")))
        {
            problems.Add(new SiteProblem(page, "the html element has no lang attribute"));
        }

        if (string.IsNullOrWhiteSpace(document.Title))
        {
            problems.Add(new SiteProblem(page, "the page has no title"));
        }

        var h1 = document.QuerySelectorAll("h1").Length;
        if (h1 != 1)
        {
            problems.Add(new SiteProblem(page, $"the page has {h1} h1 elements; it needs exactly one"));
        }

        foreach (var img in document.QuerySelectorAll("img").Where(i => !i.HasAttribute("alt")))
        {
            problems.Add(new SiteProblem(page, $"image '{img.GetAttribute("src")}' has no alt text"));
        }

        foreach (var duplicate in document.QuerySelectorAll("[id]").GroupBy(e => e.Id!).Where(g => g.Count() > 1))
        {
            problems.Add(new SiteProblem(page, $"id '{duplicate.Key}' is used {duplicate.Count()} times"));
        }
    }

    private static PageFacts Collect(string page, IDocument document)
    {
        var anchors = document.QuerySelectorAll("[id]").Select(e => e.Id!)
            .Concat(document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!))
            .ToHashSet(StringComparer.Ordinal);
        var references = new List<(string, string)>();
        foreach (var element in document.All)
        {
            foreach (var attribute in ReferenceAttributes)
            {
                var value = element.GetAttribute(attribute);
                if (!string.IsNullOrWhiteSpace(value) && !(element.LocalName == "link" && element.GetAttribute("rel") is "canonical" or "preconnect"))
                {
                    references.Add(($"{element.LocalName}[{attribute}]", value.Trim()));
                }
            }
        }

        return new PageFacts(page, anchors, references);
    }

    private static void CheckReference(
        string root, Uri basePath, string page, string kind, string target,
        ConcurrentDictionary<string, PageFacts> facts, ConcurrentBag<SiteProblem> problems)
    {
        var pageUri = new Uri(basePath, page);
        if (!Uri.TryCreate(pageUri, target, out var resolved))
        {
            problems.Add(new SiteProblem(page, $"{kind} '{target}' is not a valid URL"));
            return;
        }

        if (resolved.Scheme is "mailto" || !string.Equals(resolved.GetLeftPart(UriPartial.Authority), basePath.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var path = Uri.UnescapeDataString(resolved.AbsolutePath);
        if (!path.StartsWith(basePath.AbsolutePath, StringComparison.Ordinal))
        {
            problems.Add(new SiteProblem(page, $"{kind} '{target}' points outside the site's base path {basePath.AbsolutePath}"));
            return;
        }

        var sitePath = path[basePath.AbsolutePath.Length..];
        var file = ResolveFile(root, sitePath);
        if (file is null)
        {
            problems.Add(new SiteProblem(page, $"{kind} '{target}' does not resolve to a file"));
            return;
        }

        var fragment = resolved.Fragment.TrimStart('#');
        if (fragment.Length > 0 && file.EndsWith(".html", StringComparison.Ordinal))
        {
            var targetPage = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!facts.TryGetValue(targetPage, out var targetFacts) || !targetFacts.Anchors.Contains(Uri.UnescapeDataString(fragment)))
            {
                problems.Add(new SiteProblem(page, $"{kind} '{target}': no element with id '{fragment}' in {targetPage}"));
            }
        }
    }

    private static string? ResolveFile(string root, string sitePath)
    {
        if (sitePath.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var candidate = Path.Combine(root, sitePath);
        if (sitePath.Length == 0 || sitePath.EndsWith('/'))
        {
            candidate = Path.Combine(candidate, "index.html");
        }

        if (File.Exists(candidate))
        {
            return candidate;
        }

        var index = Path.Combine(root, sitePath, "index.html");
        return File.Exists(index) ? index : null;
    }

    /// <summary>The base URL from the home page's canonical link, so the checker needs no settings.</summary>
    private static Uri FindBasePath(string root)
    {
        var home = Path.Combine(root, "index.html");
        if (File.Exists(home))
        {
            using var document = new HtmlParser().ParseDocument(File.ReadAllText(home));
            var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            if (canonical is not null && Uri.TryCreate(canonical, UriKind.Absolute, out var uri))
            {
                return new Uri(uri.GetLeftPart(UriPartial.Authority) + (uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/"));
            }
        }

        return new Uri("http://localhost/");
    }
}
