using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Steady.Render.Templating;

/// <summary>
/// Reads the members of a .NET object for templates as Scriban's <see cref="TypedObjectAccessor"/> does (same names,
/// same members), but through the getters System.Text.Json's source generator wrote for the templates' models
/// (<see cref="TemplateModelContext"/>), instead of a reflection call on every read: a page reads hundreds of members,
/// and a list page tens of thousands. The getters are compiled code, in a program compiled ahead of time (Native AOT)
/// too. A member of a type the context does not hold is read by reflection; a test checks that every model type is
/// there. Everything but reading a member is left to the reflection accessor.
/// </summary>
internal sealed class CompiledObjectAccessor : IObjectAccessor
{
    private readonly TypedObjectAccessor _reflection;
    private readonly Dictionary<string, Func<object, object?>> _getters;

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = RootedModels)]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = RootedModels)]
    public CompiledObjectAccessor(Type type, TypedObjectAccessor reflection, MemberRenamerDelegate renamer, MemberFilterDelegate? filter)
    {
        _reflection = reflection;
        _getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        var generated = GeneratedGetters(type);
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public))
            {
                if (!field.IsLiteral && field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && (filter is null || filter(field)))
                {
                    _getters.TryAdd(Name(field, renamer), field.GetValue);
                }
            }

            foreach (var property in t.GetProperties(BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public))
            {
                if (property.GetMethod is { IsPublic: true, IsStatic: false } && property.GetIndexParameters().Length == 0
                    && property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && (filter is null || filter(property)))
                {
                    _getters.TryAdd(Name(property, renamer), generated.GetValueOrDefault(property.Name) ?? property.GetValue);
                }
            }
        }
    }

    private static string Name(MemberInfo member, MemberRenamerDelegate renamer) =>
        renamer(member) is { Length: > 0 } name ? name : member.Name;

    /// <summary>Why reflecting over the templates' models is safe when the program is trimmed: Steady.csproj keeps this assembly whole.</summary>
    private const string RootedModels = "The templates' models are in this assembly, which Steady.csproj roots (TrimmerRootAssembly): trimming keeps all their members.";

    /// <summary>
    /// The generated getters of a type's properties, by property name (the context has no naming policy, so the
    /// metadata's names are the properties' own); empty for a type the context does not hold.
    /// </summary>
    internal static Dictionary<string, Func<object, object?>> GeneratedGetters(Type type)
    {
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        if (TemplateModelContext.Default.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object } info)
        {
            foreach (var property in info.Properties)
            {
                if (property.Get is { } get)
                {
                    getters.TryAdd(property.Name, get);
                }
            }
        }

        return getters;
    }

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }

        value = null;
        return false;
    }

    public bool HasIndexer => _reflection.HasIndexer;

    public Type? IndexType => _reflection.IndexType;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        _reflection.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        _reflection.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        _reflection.TrySetItem(context, span, target, index, value);
}
