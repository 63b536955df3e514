using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Steady.Render.Templating;

/// <summary>
/// Resolves <c>include</c> names. Every template is parsed up front and placed in each context's cache, so a name
/// reaching <see cref="Load"/> is one the theme does not have.
/// </summary>
internal sealed class ThemeTemplateLoader : ITemplateLoader
{
    public static readonly ThemeTemplateLoader Instance = new();

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ThemeException($"{callerSpan}: the theme has no template '{templatePath}' (looked in the overrides folder, then the theme)");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
