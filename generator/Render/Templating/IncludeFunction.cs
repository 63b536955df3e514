using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Steady.Render.Templating;

/// <summary>
/// What the theme's include functions share: Scriban's <c>include</c> parameters, an <see cref="Html"/> result, and
/// finding the caller and the partial's path of a call.
/// </summary>
internal abstract class IncludeFunction(IScriptCustomFunction include, string name) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(Html);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The node of the call and the path of the partial its first argument names (null when the loader finds none).</summary>
    protected (ScriptNode Caller, SourceSpan Span, string? Path) Resolve(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        var caller = callerContext ?? context.CurrentNode ?? throw new ScriptRuntimeException(span, $"Unable to resolve the {name} caller context.");
        if (arguments.Count == 0)
        {
            throw new ScriptRuntimeException(span, $"Expecting at least the name of the template to include for the <{name}> function");
        }

        return (caller, span, context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), caller));
    }
}
