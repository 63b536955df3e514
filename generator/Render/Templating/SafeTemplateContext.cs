using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Steady.Render.Templating;

/// <summary>
/// A Scriban context that escapes every value a template writes, unless it is <see cref="Html"/> the generator made
/// (rendered Markdown, an included partial). Templates therefore never need <c>html.escape</c>, and forgetting it
/// cannot open a hole. Limits are set explicitly; one context serves one thread.
/// </summary>
internal sealed class SafeTemplateContext : TemplateContext
{
    public SafeTemplateContext(TemplateSet templates, Func<string, Html> markdown)
    {
        LoopLimit = TemplateLimits.Loops;
        LoopLimitQueryable = TemplateLimits.Loops;
        RecursiveLimit = TemplateLimits.Recursion;
        LimitToString = TemplateLimits.Output;
        OutputLimit = TemplateLimits.Output;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        OnStringLimit = ScriptLimitBehavior.Throw;
        StrictVariables = true;
        NewLine = "\n";
        TemplateLoader = ThemeTemplateLoader.Instance;
        PushCulture(CultureInfo.InvariantCulture);

        foreach (var (name, template) in templates.Templates)
        {
            CachedTemplates[name] = template;
        }

        var include = BuiltinObject["include"] as IScriptCustomFunction ?? throw new InvalidOperationException("Scriban has no include function");
        BuiltinObject.SetValue("include", new IncludeAsHtml(include), true);
        BuiltinObject.Import("markdown", markdown);
    }

    /// <summary>Objects are read through <see cref="CompiledObjectAccessor"/> where Scriban would use reflection.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        return accessor is Scriban.Runtime.Accessors.TypedObjectAccessor reflection
            ? new CompiledObjectAccessor(target.GetType(), reflection, MemberRenamer, MemberFilter)
            : accessor;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        Html html => base.Write(span, html.Value),
        null => this,
        _ => base.Write(span, HtmlText.Escape(ObjectToString(textAsObject) ?? "")),
    };
}
