using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
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

    /// <summary>
    /// An array of each element type the model's files hold, made by code written for it rather than by reflection, so
    /// that a program compiled ahead of time (Native AOT) has it too. The model's lists are arrays of exactly their
    /// length: a registry keeps several lists per entry, and an array is one object where a list is two. A test checks
    /// that every list of the model is here.
    /// </summary>
    private static readonly Dictionary<Type, Func<int, Array>> ArrayFactories = new()
    {
        [typeof(string)] = NewArrayOf<string>,
        [typeof(Maintainer)] = NewArrayOf<Maintainer>,
        [typeof(HistoryEvent)] = NewArrayOf<HistoryEvent>,
        [typeof(HelpWanted)] = NewArrayOf<HelpWanted>,
        [typeof(InterimSteward)] = NewArrayOf<InterimSteward>,
        [typeof(FundingChannel)] = NewArrayOf<FundingChannel>,
        [typeof(FundingSource)] = NewArrayOf<FundingSource>,
        [typeof(StewardPower)] = NewArrayOf<StewardPower>,
        [typeof(Steward)] = NewArrayOf<Steward>,
    };

    /// <summary>An array of <paramref name="length"/> items; the shared empty array when there are none.</summary>
    private static Array NewArrayOf<T>(int length) => length == 0 ? Array.Empty<T>() : new T[length];

    private static readonly ConcurrentDictionary<Type, Binding> Bindings = new();

    /// <summary>
    /// Sets <see cref="Located.At"/> of every record read, through the runtime's accessor to its init-only setter:
    /// compiled code in every form of the program, Native AOT included.
    /// </summary>
    public static readonly Action<object, object> SetAt = (target, at) => SetLocation((Located)target, (SourceLocation)at);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_At")]
    private static extern void SetLocation(Located target, SourceLocation at);

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = RootedModel)]
    private ModelShape(Type type)
    {
        Type = type;
        Create = Construct(type);
        Properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.Name != nameof(Located.At))
            .Select((p, index) => new PropertyShape(p, index))
            .ToArray();
        if (Properties.Count > 64)
        {
            throw new InvalidOperationException($"{type} has more than 64 keys; the binder tracks given keys in one 64-bit mask.");
        }

        ByKey = Properties.ToDictionary(p => p.Key, StringComparer.Ordinal);
        Required = Properties.Where(p => p.Required).ToArray();
    }

    /// <summary>How a value of a model type is read from YAML.</summary>
    public enum ValueKind
    {
        Text,
        Date,
        Number,
        Enum,
        List,
        Record,
    }

    /// <summary>The kind of a type, and the type it concerns: the enum, the list's element type or the record.</summary>
    public readonly record struct Binding(ValueKind Kind, Type Type);

    /// <summary>How values of <paramref name="type"/> (nullable or not) are bound; worked out once per type.</summary>
    public static Binding BindingOf(Type type) => Bindings.GetOrAdd(type, static t =>
    {
        var underlying = Nullable.GetUnderlyingType(t) ?? t;
        if (underlying == typeof(string)) return new Binding(ValueKind.Text, underlying);
        if (underlying == typeof(DateOnly)) return new Binding(ValueKind.Date, underlying);
        if (underlying == typeof(decimal)) return new Binding(ValueKind.Number, underlying);
        if (underlying.IsEnum) return new Binding(ValueKind.Enum, underlying);
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return new Binding(ValueKind.List, underlying.GetGenericArguments()[0]);
        }

        if (typeof(Located).IsAssignableFrom(underlying)) return new Binding(ValueKind.Record, underlying);
        throw new InvalidOperationException($"The model type {underlying} has no YAML binding.");
    });

    public Type Type { get; }

    /// <summary>Makes an empty instance of the record.</summary>
    public Func<object> Create { get; }

    public IReadOnlyList<PropertyShape> Properties { get; }

    public IReadOnlyDictionary<string, PropertyShape> ByKey { get; }

    /// <summary>The properties that must be given.</summary>
    public PropertyShape[] Required { get; }

    public static ModelShape Of(Type type) => Cache.GetOrAdd(type, t => new ModelShape(t));

    /// <summary>Makes an array of <paramref name="length"/> items of the element type, each null or zero.</summary>
    public static Array NewArray(Type elementType, int length) =>
        ArrayFactories.TryGetValue(elementType, out var make)
            ? make(length)
            : throw new InvalidOperationException($"The model has a list of {elementType}, which ModelShape.ArrayFactories does not make.");

    /// <summary>The first <paramref name="length"/> items of <paramref name="items"/> (made by <see cref="NewArray"/> for the element type), as an array of that length.</summary>
    public static Array Shorten(Type elementType, Array items, int length)
    {
        if (length == items.Length)
        {
            return items;
        }

        var shorter = NewArray(elementType, length);
        Array.Copy(items, shorter, length);
        return shorter;
    }

    /// <summary>Why reflecting over the model's types is safe when the program is trimmed: Steady.csproj keeps this assembly whole.</summary>
    private const string RootedModel = "The model's types are in this assembly, which Steady.csproj roots (TrimmerRootAssembly): trimming keeps all their members.";

    // Setters and factories are typed delegates made from generic helpers, not compiled expression trees: the same
    // speed per call, and much less start-up work, which matters for a command that runs once over many files. A
    // program compiled ahead of time cannot compile a generic helper for new types. There the instantiations of Setter
    // for all records share one body per type of value: SharedSetterBody keeps the body for reference-type values, and
    // ValueSetterBodies each value type's (dates, numbers, enums). The records' constructors are written out in
    // Constructors. Tests check that both lists cover the model.
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = SharedByReferenceTypes)]
    private static Action<object, object> CompileSetter(PropertyInfo property) =>
        RuntimeFeature.IsDynamicCodeSupported || HasCompiledSetterBody(property.PropertyType) ? TypedSetter(property) : ReflectionSetter(property);

    private const string SharedByReferenceTypes =
        "Setter<TTarget, TValue> is made here only for record types and for values of a reference type or of a type in " +
        "ValueSetterBodies: every such instantiation shares a body that SharedSetterBody or ValueSetterBodies compiles.";

    /// <summary>True when a program compiled ahead of time has the body of <c>Setter</c> for values of this type.</summary>
    internal static bool HasCompiledSetterBody(Type valueType) => !valueType.IsValueType || ValueSetterBodies.ContainsKey(valueType);

    /// <summary>Makes the compiler emit the body every <c>Setter</c> over two reference types shares.</summary>
    internal static readonly Func<MethodInfo, Action<object, object>> SharedSetterBody = Setter<Located, object>;

    /// <summary>Makes the compiler emit the body <c>Setter</c> shares over every record for each value type of the model.</summary>
    internal static readonly Dictionary<Type, Func<MethodInfo, Action<object, object>>> ValueSetterBodies = new()
    {
        [typeof(DateOnly)] = Setter<Located, DateOnly>,
        [typeof(DateOnly?)] = Setter<Located, DateOnly?>,
        [typeof(decimal)] = Setter<Located, decimal>,
        [typeof(CautionLevel)] = Setter<Located, CautionLevel>,
        [typeof(CautionLevel?)] = Setter<Located, CautionLevel?>,
        [typeof(Criticality)] = Setter<Located, Criticality>,
        [typeof(EventKind)] = Setter<Located, EventKind>,
        [typeof(FundingPeriod)] = Setter<Located, FundingPeriod>,
        [typeof(FundingPlatform)] = Setter<Located, FundingPlatform>,
        [typeof(FundingSourceKind)] = Setter<Located, FundingSourceKind>,
        [typeof(HelpKind)] = Setter<Located, HelpKind>,
        [typeof(MaintainerRole)] = Setter<Located, MaintainerRole>,
        [typeof(ProjectState)] = Setter<Located, ProjectState>,
        [typeof(ProjectState?)] = Setter<Located, ProjectState?>,
        [typeof(SponsorKind)] = Setter<Located, SponsorKind>,
    };

    /// <summary>The constructor of each record of the model, compiled in every form of the program.</summary>
    internal static readonly Dictionary<Type, Func<object>> Constructors = new()
    {
        [typeof(DeclaredCaution)] = Constructor<DeclaredCaution>,
        [typeof(Funding)] = Constructor<Funding>,
        [typeof(FundingChannel)] = Constructor<FundingChannel>,
        [typeof(FundingGoal)] = Constructor<FundingGoal>,
        [typeof(FundingSource)] = Constructor<FundingSource>,
        [typeof(HelpWanted)] = Constructor<HelpWanted>,
        [typeof(HistoryEvent)] = Constructor<HistoryEvent>,
        [typeof(InterimSteward)] = Constructor<InterimSteward>,
        [typeof(Maintainer)] = Constructor<Maintainer>,
        [typeof(Project)] = Constructor<Project>,
        [typeof(ProjectStatus)] = Constructor<ProjectStatus>,
        [typeof(Sponsor)] = Constructor<Sponsor>,
        [typeof(Steward)] = Constructor<Steward>,
        [typeof(StewardsFile)] = Constructor<StewardsFile>,
    };

    private static Func<object> Construct(Type type) =>
        Constructors.TryGetValue(type, out var constructor) ? constructor
        : RuntimeFeature.IsDynamicCodeSupported ? TypedConstructor(type)
        : ReflectionConstructor(type);

    [RequiresDynamicCode("Makes a generic method for the property's types.")]
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = RootedModel)]
    internal static Action<object, object> TypedSetter(PropertyInfo property) =>
        (Action<object, object>)Generic(nameof(Setter), property.DeclaringType!, property.PropertyType).Invoke(null, [property.SetMethod!])!;

    internal static Action<object, object> ReflectionSetter(PropertyInfo property) => property.SetValue;

    [RequiresDynamicCode("Makes a generic method for the type.")]
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = RootedModel)]
    internal static Func<object> TypedConstructor(Type type) => Generic(nameof(Constructor), type).CreateDelegate<Func<object>>();

    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = RootedModel)]
    internal static Func<object> ReflectionConstructor(Type type) => () => Activator.CreateInstance(type)!;

    [RequiresDynamicCode("Makes a generic method for the types.")]
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = RootedModel)]
    private static MethodInfo Generic(string name, params Type[] arguments) =>
        typeof(ModelShape).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(arguments);

    [UnconditionalSuppressMessage("Trimming", "IL2091", Justification = RootedModel)]
    private static object Constructor<T>() => Activator.CreateInstance<T>()!;

    private static Action<object, object> Setter<TTarget, TValue>(MethodInfo setter)
    {
        var set = setter.CreateDelegate<Action<TTarget, TValue>>();
        return (target, value) => set((TTarget)target, (TValue)value);
    }

    /// <summary>The YAML names of an enum's values, in declaration order.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = RootedModel)]
    public static (string Name, object Value)[] EnumNames(Type enumType) =>
        EnumCache.GetOrAdd(enumType, t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name, f.GetValue(null)!))
            .ToArray());

    private static readonly ConcurrentDictionary<Type, (string, object)[]> EnumCache = new();

    internal sealed class PropertyShape
    {
        public PropertyShape(PropertyInfo info, int index)
        {
            Info = info;
            Index = index;
            Set = CompileSetter(info);
            Binding = BindingOf(info.PropertyType);
            Key = JsonNamingPolicy.SnakeCaseLower.ConvertName(info.Name);
            Required = info.GetCustomAttribute<RequiredMemberAttribute>() is not null;
            TextKind = info.GetCustomAttribute<TextAttribute>()?.Kind;
            AllowFuture = info.GetCustomAttribute<AllowFutureAttribute>() is not null;
        }

        public PropertyInfo Info { get; }

        /// <summary>The property's position in its record's <see cref="Properties"/>.</summary>
        public int Index { get; }

        /// <summary>Sets the property on an instance of its record.</summary>
        public Action<object, object> Set { get; }

        /// <summary>How the property's values are bound.</summary>
        public Binding Binding { get; }

        public string Key { get; }

        public bool Required { get; }

        public TextKind? TextKind { get; }

        public bool AllowFuture { get; }
    }
}
