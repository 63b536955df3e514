using Steady.Load;
using Steady.Model;

namespace Steady.Validate;

/// <summary>The YAML names of enum values (<c>maintenance-only</c>, <c>co-maintainer</c>).</summary>
public static class Vocabulary
{
    public static string Name<T>(T value)
        where T : struct, Enum =>
        ModelShape.EnumNames(typeof(T)).First(n => n.Value.Equals(value)).Name;

    public static IReadOnlyList<string> Names<T>()
        where T : struct, Enum =>
        ModelShape.EnumNames(typeof(T)).Select(n => n.Name).ToArray();

    public static string StateName(ProjectState state) => Name(state);
}
