using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Steady.Model;

namespace Steady.Load;

/// <summary>What the loader needs to know about a model record: its YAML keys and their types, read once by reflection.</summary>
internal sealed class ModelShape
{
    private static readonly ConcurrentDictionary<Type, ModelShape> Cache = new();

    private static readonly ConcurrentDictionary<Type, Func<IList>> ListFactories = new();

    /// <summary>Sets <see cref="Located.At"/>; compiled once, like every setter here, so binding does no reflection per value.</summary>
    public static readonly Action<object, object> SetAt = CompileSetter(typeof(Located).GetProperty(nameof(Located.At))!);

    private ModelShape(Type type)
    {
        Type = type;
        Create = Expression.Lambda<Func<object>>(Expression.Convert(Expression.New(type), typeof(object))).Compile();
        Properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.Name != nameof(Located.At))
            .Select(p => new PropertyShape(p))
            .ToArray();
        ByKey = Properties.ToDictionary(p => p.Key, StringComparer.Ordinal);
    }

    public Type Type { get; }

    /// <summary>Makes an empty instance of the record.</summary>
    public Func<object> Create { get; }

    public IReadOnlyList<PropertyShape> Properties { get; }

    public IReadOnlyDictionary<string, PropertyShape> ByKey { get; }

    public static ModelShape Of(Type type) => Cache.GetOrAdd(type, t => new ModelShape(t));

    /// <summary>Makes an empty <c>List&lt;T&gt;</c> for the element type.</summary>
    public static IList NewList(Type elementType) =>
        ListFactories.GetOrAdd(elementType, t => Expression.Lambda<Func<IList>>(
            Expression.Convert(Expression.New(typeof(List<>).MakeGenericType(t)), typeof(IList))).Compile())();

    private static Action<object, object> CompileSetter(PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var value = Expression.Parameter(typeof(object), "value");
        var call = Expression.Call(
            Expression.Convert(target, property.DeclaringType!),
            property.SetMethod!,
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object>>(call, target, value).Compile();
    }

    /// <summary>The YAML names of an enum's values, in declaration order.</summary>
    public static IReadOnlyList<(string Name, object Value)> EnumNames(Type enumType) =>
        EnumCache.GetOrAdd(enumType, t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name, f.GetValue(null)!))
            .ToArray());

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(string, object)>> EnumCache = new();

    internal sealed class PropertyShape
    {
        public PropertyShape(PropertyInfo info)
        {
            Info = info;
            Set = CompileSetter(info);
            Key = JsonNamingPolicy.SnakeCaseLower.ConvertName(info.Name);
            Required = info.GetCustomAttribute<RequiredMemberAttribute>() is not null;
            TextKind = info.GetCustomAttribute<TextAttribute>()?.Kind;
            AllowFuture = info.GetCustomAttribute<AllowFutureAttribute>() is not null;
        }

        public PropertyInfo Info { get; }

        /// <summary>Sets the property on an instance of its record.</summary>
        public Action<object, object> Set { get; }

        public string Key { get; }

        public bool Required { get; }

        public TextKind? TextKind { get; }

        public bool AllowFuture { get; }
    }
}
