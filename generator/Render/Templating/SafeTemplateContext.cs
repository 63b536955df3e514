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
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026",
        Justification = "Scriban binds the markdown function's delegate by reflection; Steady.csproj roots Scriban and this assembly (TrimmerRootAssembly).")]
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
        // Written text is never re-indented to the column of the tag that wrote it: in HTML indentation means nothing,
        // except in <pre>, where it would change the text. Off, Scriban also writes each piece of text in one go
        // instead of line by line.
        AutoIndent = false;
        TemplateLoader = ThemeTemplateLoader.Instance;
        PushCulture(CultureInfo.InvariantCulture);

        foreach (var (name, template) in templates.Templates)
        {
            CachedTemplates[name] = template;
        }

        var include = BuiltinObject["include"] as IScriptCustomFunction ?? throw new InvalidOperationException("Scriban has no include function");
        var asHtml = new IncludeAsHtml(include);
        BuiltinObject.SetValue("include", asHtml, true);
        BuiltinObject.SetValue("include_cached", new IncludeCached(include, asHtml, this), true);
        BuiltinObject.Import("markdown", markdown);
    }

    /// <summary>
    /// The global scope every page of the build shares (<c>site</c>); the scopes pushed above it belong to the page
    /// being rendered. Set by the renderer before <c>include_cached</c> is used.
    /// </summary>
    internal IScriptObject? SiteScope { get; set; }

    /// <summary>Takes the page's scopes off the stack, down to <see cref="SiteScope"/>, and returns them, top first.</summary>
    internal List<IScriptObject> HidePageScopes()
    {
        if (SiteScope is null)
        {
            throw new InvalidOperationException("include_cached needs the site scope of the renderer");
        }

        var hidden = new List<IScriptObject>();
        while (!ReferenceEquals(CurrentGlobal, SiteScope))
        {
            if (ReferenceEquals(CurrentGlobal, BuiltinObject))
            {
                RestorePageScopes(hidden);
                throw new InvalidOperationException("the site scope is not on the stack of scopes");
            }

            hidden.Add(PopGlobal());
        }

        return hidden;
    }

    /// <summary>Puts back the scopes <see cref="HidePageScopes"/> took off.</summary>
    internal void RestorePageScopes(List<IScriptObject> hidden)
    {
        for (var i = hidden.Count - 1; i >= 0; i--)
        {
            PushGlobal(hidden[i]);
        }
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
