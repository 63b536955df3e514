using System.Collections.Concurrent;
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

    private ModelShape(Type type)
    {
        Type = type;
        Properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.Name != nameof(Located.At))
            .Select(p => new PropertyShape(p))
            .ToArray();
        ByKey = Properties.ToDictionary(p => p.Key, StringComparer.Ordinal);
    }

    public Type Type { get; }

    public IReadOnlyList<PropertyShape> Properties { get; }

    public IReadOnlyDictionary<string, PropertyShape> ByKey { get; }

    public static ModelShape Of(Type type) => Cache.GetOrAdd(type, t => new ModelShape(t));

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
            Key = JsonNamingPolicy.SnakeCaseLower.ConvertName(info.Name);
            Required = info.GetCustomAttribute<RequiredMemberAttribute>() is not null;
            TextKind = info.GetCustomAttribute<TextAttribute>()?.Kind;
            AllowFuture = info.GetCustomAttribute<AllowFutureAttribute>() is not null;
        }

        public PropertyInfo Info { get; }

        public string Key { get; }

        public bool Required { get; }

        public TextKind? TextKind { get; }

        public bool AllowFuture { get; }
    }
}
