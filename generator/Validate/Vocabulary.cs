using Steady.Load;
using Steady.Model;

namespace Steady.Validate;

/// <summary>The YAML names of enum values (<c>maintenance-only</c>, <c>co-maintainer</c>).</summary>
public static class Vocabulary
{
    public static string Name<T>(T value)
        where T : struct, Enum =>
        NamesOf<T>.ByValue.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no value {value}");

    public static IReadOnlyList<string> Names<T>()
        where T : struct, Enum =>
        ModelShape.EnumNames(typeof(T)).Select(n => n.Name).ToArray();

    public static string StateName(ProjectState state) => Name(state);

    /// <summary>An enum's names by value, made once per enum type; where two names share a value, the first is kept.</summary>
    private static class NamesOf<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ByValue = Make();

        private static Dictionary<T, string> Make()
        {
            var names = ModelShape.EnumNames(typeof(T));
            var byValue = new Dictionary<T, string>(names.Length);
            foreach (var (name, value) in names)
            {
                byValue.TryAdd((T)value, name);
            }

            return byValue;
        }
    }
}
