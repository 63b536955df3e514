using System.Text;
using Steady.Diagnostics;
using Steady.Model;
using Steady.Text;

namespace Steady.Load;

/// <summary>
/// Reads <c>content/*.md</c>: front matter between <c>---</c> lines (read by the hardened YAML reader, so unknown
/// keys are errors with their line) and a Markdown body. A missing folder means no content pages.
/// </summary>
public static class ContentLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static (IReadOnlyList<ContentPage> Pages, IReadOnlyList<Diagnostic> Diagnostics) Load(string folder, string displayRoot, DateOnly asOf)
    {
        var pages = new List<ContentPage>();
        var bag = new DiagnosticBag();
        if (!Directory.Exists(folder))
        {
            return (pages, bag.Sorted());
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var display = RegistryLoader.Display(displayRoot, Path.GetFileName(path));
            if (name.Equals("README", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!TextRules.IsSlug(name))
            {
                bag.Error(DiagnosticCodes.FileName, SourceLocation.StartOf(display), $"file name '{Path.GetFileName(path)}' is not a valid slug",
                    "content file names are lowercase letters, digits and hyphens; the name is the page's URL");
                continue;
            }

            if (Read(path, name, display, bag, asOf) is { } page)
            {
                pages.Add(page);
            }
        }

        return (pages, bag.Sorted());
    }

    private static ContentPage? Read(string path, string name, string display, DiagnosticBag bag, DateOnly asOf)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length > YamlLimits.Default.MaxBytes)
        {
            bag.Error(DiagnosticCodes.TooLarge, SourceLocation.StartOf(display), $"file is {bytes.Length:N0} bytes; the limit is {YamlLimits.Default.MaxBytes:N0}",
                "split the page");
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF').ReplaceLineEndings("\n");
        }
        catch (DecoderFallbackException)
        {
            bag.Error(DiagnosticCodes.InvalidUtf8, SourceLocation.StartOf(display), "the file is not valid UTF-8", "save the file as UTF-8");
            return null;
        }

        var end = text.StartsWith("---\n", StringComparison.Ordinal) ? text.IndexOf("\n---\n", 3, StringComparison.Ordinal) : -1;
        if (end < 0 && text.StartsWith("---\n", StringComparison.Ordinal) && text.EndsWith("\n---", StringComparison.Ordinal))
        {
            end = text.Length - 4;
        }

        if (end < 0)
        {
            bag.Error(DiagnosticCodes.MissingKey, SourceLocation.StartOf(display), "a content page starts with front matter between '---' lines",
                "begin the file with:\n---\ntitle: Page title\norder: 10\n---");
            return null;
        }

        // The opening '---' becomes an empty line, so that YAML line numbers are the file's.
        var yaml = StrictUtf8.GetBytes("\n" + text[4..(end + 1)]);
        var root = SafeYamlReader.Read(yaml, display, bag);
        if (root is null)
        {
            return null;
        }

        var front = new ModelBinder(display, bag, asOf).Bind<ContentFrontMatter>(root);
        if (front is null)
        {
            return null;
        }

        var body = end + 5 <= text.Length ? text[(end + 5)..] : "";
        return new ContentPage(name, front.Title, front.Order, front.Description, body, display);
    }
}
