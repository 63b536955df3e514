using System.Collections;

namespace Steady.Api;

/// <summary>
/// A read-only list whose items are made from a source list as they are read: a file that lists every project
/// streams without a list of all its records, each record made when the serializer reaches it and let go after.
/// </summary>
public sealed class MappedList<TSource, T>(IReadOnlyList<TSource> source, Func<TSource, T> map) : IReadOnlyList<T>
{
    public int Count => source.Count;

    public T this[int index] => map(source[index]);

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < source.Count; i++)
        {
            yield return map(source[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
