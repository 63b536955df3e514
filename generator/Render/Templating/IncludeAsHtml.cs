using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Steady.Render.Templating;

/// <summary>
/// Scriban's <c>include</c>, returning its output as <see cref="Html"/>: a partial escapes its own values, so its
/// output is written as is rather than escaped a second time. It renders the partial as Scriban's include does (same
/// template lookup, recursion limit, local scope, <c>$</c> and named arguments), without a new string builder per call:
/// an include that is a statement of its own writes straight into the page, and one whose value is used (in a pipe,
/// an assignment, an indented line) renders into outputs it reuses, one per level of nesting. One instance serves one
/// context, on one thread.
/// </summary>
internal sealed class IncludeAsHtml(IScriptCustomFunction include) : IncludeFunction(include, "include")
{
    private readonly Stack<CharOutput> _idle = new();

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var (caller, _, path) = Resolve(context, callerContext, arguments);
        if (path is null)
        {
            return null;
        }

        var template = context.GetOrCreateTemplate(path, caller);
        if (caller.Parent is ScriptExpressionStatement && context.EnableOutput && string.IsNullOrEmpty(context.CurrentIndent))
        {
            // `{{ include ... }}` on its own: the partial writes straight into the page, as it would be written there.
            RenderInPlace(context, template, caller, arguments);
            return null;
        }

        return new Html(RenderToString(context, template, caller, arguments, NamedArguments(context, caller)));
    }

    /// <summary>
    /// Renders a partial into an output of its own and returns its text, as Scriban's include does;
    /// <paramref name="named"/> are the call's named arguments, evaluated by the caller.
    /// </summary>
    internal string RenderToString(
        TemplateContext context, Template template, ScriptNode caller, ScriptArray arguments, List<(string Name, object? Value)>? named)
    {
        var output = _idle.Count > 0 ? _idle.Pop() : new CharOutput();
        var indent = context.CurrentIndent;
        context.EnterRecursive(caller);
        context.CurrentIndent = null;
        context.PushOutput(output);
        context.PushLocal();
        try
        {
            SetArguments(context, arguments, named);
            if (indent is not null)
            {
                context.ResetPreviousNewLine();
            }

            return template.Render(context);
        }
        finally
        {
            context.PopLocal();
            context.PopOutput();
            context.CurrentIndent = indent;
            context.ExitRecursive(caller);
            output.Clear();
            _idle.Push(output);
        }
    }

    private static void RenderInPlace(TemplateContext context, Template template, ScriptNode caller, ScriptArray arguments)
    {
        context.EnterRecursive(caller);
        var named = NamedArguments(context, caller);
        context.PushLocal();
        if (template.SourceFilePath is { } file)
        {
            context.PushSourceFile(file);
        }

        try
        {
            SetArguments(context, arguments, named);
            if (template.Page is { } page && context.Evaluate(page) is { } result)
            {
                context.Write(page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                context.PopSourceFile();
            }

            context.PopLocal();
            context.ExitRecursive(caller);
        }
    }

    /// <summary>
    /// The <c>name: value</c> arguments of the call, evaluated where the include is written (before the partial's
    /// scope is pushed); most calls have none and allocate nothing.
    /// </summary>
    internal static List<(string Name, object? Value)>? NamedArguments(TemplateContext context, ScriptNode caller)
    {
        List<(string, object?)>? named = null;
        if (caller is ScriptFunctionCall call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument is ScriptNamedArgument { Name.Name: { } name, Value: { } value })
                {
                    (named ??= []).Add((name, value.Evaluate(context)));
                }
            }
        }

        return named;
    }

    /// <summary>Sets <c>$</c> (and <c>$1</c>, <c>$2</c>…) and the named arguments in the partial's own scope.</summary>
    private static void SetArguments(TemplateContext context, ScriptArray arguments, List<(string Name, object? Value)>? named)
    {
        context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true);
        foreach (var (name, value) in named ?? [])
        {
            context.SetValue(ScriptVariable.Create(name, ScriptVariableScope.Local), value);
        }
    }
}
