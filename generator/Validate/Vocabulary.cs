using Steady.Load;
using Steady.Model;

namespace Steady.Validate;

/// <summary>The YAML names of enum values (<c>maintenance-only</c>, <c>co-maintainer</c>).</summary>
public static class Vocabulary
{
    public static string Name<T>(T value)
        where T : struct, Enum => NamesOf<T>.ByValue[value];

    public static IReadOnlyList<string> Names<T>()
        where T : struct, Enum =>
        ModelShape.EnumNames(typeof(T)).Select(n => n.Name).ToArray();

    public static string StateName(ProjectState state) => Name(state);

    /// <summary>An enum's names by value, made once per enum type; where two names share a value, the first is kept.</summary>
    private static class NamesOf<T>
        where T : struct, Enum
    {
        public static readonly Text.EnumMap<T, string> ByValue =
            new(ModelShape.EnumNames(typeof(T)).Select(n => ((T)n.Value, n.Name)));
    }
}
