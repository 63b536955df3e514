using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Steady.Render.Templating;

/// <summary>
/// <c>include_cached 'partials/header.html' section: page.section</c>: an include whose output depends only on
/// <c>site</c> and the call's arguments, so it is rendered once for each set of argument values and reused by every
/// later page with the same values (Hugo's <c>partialCached</c>). To keep that true, the partial sees no page: while it
/// renders, <c>page</c>, <c>model</c> and everything the page's templates assigned are out of scope, and a partial that
/// reads one fails the build as a misspelt variable does. What the partial needs from the page it is given as
/// arguments (<c>$1</c>, or <c>$section</c> for <c>section:</c>). The first <see cref="MaxEntries"/> sets of values are
/// kept; a partial called with values of every page (its path) is rendered for each call past those, so memory does not
/// grow with the site. One instance serves one context, on one thread, for one build.
/// </summary>
internal sealed class IncludeCached(IScriptCustomFunction builtin, IncludeAsHtml include, SafeTemplateContext owner)
    : IncludeFunction(builtin, "include_cached")
{
    /// <summary>How many rendered partials a context keeps.</summary>
    public const int MaxEntries = 1024;

    /// <summary>Rendered partials by template path and argument values.</summary>
    private readonly Dictionary<string, string> _rendered = new(StringComparer.Ordinal);

    private readonly StringBuilder _key = new();

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var (caller, span, found) = Resolve(context, callerContext, arguments);
        var path = found ?? throw new ScriptRuntimeException(span, $"include_cached: no template '{context.ObjectToString(arguments[0])}'");

        // The arguments are read where the call is written, with the page in scope; the partial then renders without it.
        var named = IncludeAsHtml.NamedArguments(context, caller);
        var key = Key(context, span, path, arguments, named);
        if (!_rendered.TryGetValue(key, out var text))
        {
            var template = context.GetOrCreateTemplate(path, caller);
            var hidden = owner.HidePageScopes();
            try
            {
                text = include.RenderToString(context, template, caller, arguments, named);
            }
            finally
            {
                owner.RestorePageScopes(hidden);
            }

            if (_rendered.Count < MaxEntries)
            {
                _rendered.Add(key, text);
            }
        }

        return new Html(text);
    }

    /// <summary>The template path and every argument's value, each marked as absent or as its text.</summary>
    private string Key(
        TemplateContext context, Scriban.Parsing.SourceSpan span, string path, ScriptArray arguments, List<(string Name, object? Value)>? named)
    {
        _key.Clear().Append(path);
        for (var i = 1; i < arguments.Count; i++)
        {
            Append(context, span, arguments[i]);
        }

        foreach (var (name, value) in named ?? [])
        {
            _key.Append('\u001F').Append(name);
            Append(context, span, value);
        }

        return _key.ToString();
    }

    /// <summary>
    /// Adds one argument to the key. Only values whose text is the whole value may be keys: an object's text (its type
    /// name, or a summary of some of its members) could be the same for two objects a partial would show differently.
    /// </summary>
    private void Append(TemplateContext context, Scriban.Parsing.SourceSpan span, object? value)
    {
        _key.Append('\u001F');
        switch (value)
        {
            case null:
                _key.Append('\u0000');
                break;
            case string or bool or char or int or long or double or decimal or DateOnly or DateTime or Enum:
                _key.Append('=').Append(context.ObjectToString(value));
                break;
            default:
                throw new ScriptRuntimeException(span,
                    $"include_cached takes text, numbers, true/false, dates or null as arguments, not {value.GetType().Name}: pass the values the partial shows (page.section, not page)");
        }
    }
}
