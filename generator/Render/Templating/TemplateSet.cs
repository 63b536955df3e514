using System.Collections.Frozen;
using Scriban;

namespace Steady.Render.Templating;

/// <summary>
/// Every layout and partial of the theme, each parsed once (overrides first, then the theme). Parsed templates are
/// immutable and shared by the rendering threads, each of which has its own context.
/// </summary>
public sealed class TemplateSet
{
    public const string BaseLayout = "layouts/base.html";

    private TemplateSet(FrozenDictionary<string, Template> templates) => Templates = templates;

    /// <summary>Templates by logical name (<c>layouts/project.html</c>).</summary>
    public FrozenDictionary<string, Template> Templates { get; }

    public static TemplateSet Compile(ThemeFiles theme)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var name in theme.List("layouts").Concat(theme.List("partials")).Where(n => n.EndsWith(".html", StringComparison.Ordinal)))
        {
            var path = theme.Find(name)!;
            var display = Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            var template = Template.Parse(text, display);
            if (template.HasErrors)
            {
                errors.AddRange(template.Messages.Select(m => m.ToString()));
                continue;
            }

            templates[name] = template;
        }

        if (errors.Count > 0)
        {
            throw new ThemeException(string.Join('\n', errors));
        }

        if (!templates.ContainsKey(BaseLayout))
        {
            throw new ThemeException($"the theme has no {BaseLayout}");
        }

        return new TemplateSet(templates.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public Template Get(string name) =>
        Templates.TryGetValue(name, out var template)
            ? template
            : throw new ThemeException($"the theme has no template '{name}' (looked in the overrides folder, then the theme)");
}
