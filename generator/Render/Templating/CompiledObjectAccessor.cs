using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Steady.Render.Templating;

/// <summary>
/// Reads the members of a .NET object for templates as Scriban's <see cref="TypedObjectAccessor"/> does (same names,
/// same members), but through delegates bound to each property's getter once per type, instead of a reflection
/// call on every read: a page reads hundreds of members, and a list page tens of thousands. Everything but reading a
/// member is left to the reflection accessor.
/// </summary>
internal sealed class CompiledObjectAccessor : IObjectAccessor
{
    private static readonly object True = true;
    private static readonly object False = false;

    private readonly TypedObjectAccessor _reflection;
    private readonly Dictionary<string, Func<object, object?>> _getters;

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = RootedModels)]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = RootedModels)]
    public CompiledObjectAccessor(Type type, TypedObjectAccessor reflection, MemberRenamerDelegate renamer, MemberFilterDelegate? filter)
    {
        _reflection = reflection;
        _getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
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
                if (property.GetMethod is { IsPublic: true, IsStatic: false } getter && property.GetIndexParameters().Length == 0
                    && property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && (filter is null || filter(property)))
                {
                    _getters.TryAdd(Name(property, renamer), Bind(property, getter));
                }
            }
        }
    }

    private static string Name(MemberInfo member, MemberRenamerDelegate renamer) =>
        renamer(member) is { Length: > 0 } name ? name : member.Name;

    /// <summary>Why reflecting over the templates' models is safe when the program is trimmed: Steady.csproj keeps this assembly whole.</summary>
    private const string RootedModels = "The templates' models are in this assembly, which Steady.csproj roots (TrimmerRootAssembly): trimming keeps all their members.";

    /// <summary>
    /// A delegate on the getter for a class's property of a class, bool or int type; reflection otherwise, and in a
    /// program compiled ahead of time (Native AOT), which cannot make the generic helper for a new pair of types.
    /// </summary>
    internal static Func<object, object?> Bind(PropertyInfo property, MethodInfo getter) =>
        RuntimeFeature.IsDynamicCodeSupported ? Typed(property, getter) : property.GetValue;

    [RequiresDynamicCode("Makes a generic method for the property's types.")]
    private static Func<object, object?> Typed(PropertyInfo property, MethodInfo getter)
    {
        var owner = property.DeclaringType!;
        var type = property.PropertyType;
        if (owner.IsValueType || owner.ContainsGenericParameters)
        {
            return property.GetValue;
        }

        var make = !type.IsValueType ? nameof(OfClass) : type == typeof(bool) ? nameof(OfBool) : type == typeof(int) ? nameof(OfInt) : null;
        if (make is null)
        {
            return property.GetValue;
        }

        var method = typeof(CompiledObjectAccessor).GetMethod(make, BindingFlags.NonPublic | BindingFlags.Static)!;
        var generic = make == nameof(OfClass) ? method.MakeGenericMethod(owner, type) : method.MakeGenericMethod(owner);
        return (Func<object, object?>)generic.Invoke(null, [getter])!;
    }

    private static Func<object, object?> OfClass<TOwner, TValue>(MethodInfo getter)
        where TOwner : class
    {
        var get = getter.CreateDelegate<Func<TOwner, TValue>>();
        return target => get((TOwner)target);
    }

    private static Func<object, object?> OfBool<TOwner>(MethodInfo getter)
        where TOwner : class
    {
        var get = getter.CreateDelegate<Func<TOwner, bool>>();
        return target => get((TOwner)target) ? True : False;
    }

    private static Func<object, object?> OfInt<TOwner>(MethodInfo getter)
        where TOwner : class
    {
        var get = getter.CreateDelegate<Func<TOwner, int>>();
        return target => get((TOwner)target);
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
