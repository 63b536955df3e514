using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Steady.Render.Templating;

/// <summary>
/// Scriban's <c>include</c>, returning its output as <see cref="Html"/>: a partial escapes its own values, so its
/// output is written as is rather than escaped a second time.
/// </summary>
internal sealed class IncludeAsHtml(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(Html);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new Html(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
