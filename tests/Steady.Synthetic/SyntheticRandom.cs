namespace Steady.Synthetic;

/// <summary>
/// The only source of randomness of the synthetic registry: one seeded <see cref="Random"/>,
/// consumed in a fixed order, so a seed always gives the same registry.
/// </summary>
public sealed class SyntheticRandom(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>A number in [min, max], both inclusive.</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    /// <summary>True with the given probability (0 to 1).</summary>
    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Picks an item with a probability proportional to its weight.</summary>
    public T Weighted<T>(IReadOnlyList<(T Item, int Weight)> items)
    {
        var total = 0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var roll = _random.Next(total);
        foreach (var (item, weight) in items)
        {
            if (roll < weight)
            {
                return item;
            }

            roll -= weight;
        }

        return items[^1].Item;
    }

    /// <summary>A day in [min, max], both inclusive.</summary>
    public DateOnly Date(DateOnly min, DateOnly max)
    {
        if (max <= min)
        {
            return min;
        }

        return min.AddDays(_random.Next(max.DayNumber - min.DayNumber + 1));
    }

    /// <summary><paramref name="count"/> distinct days in [min, max], oldest first.</summary>
    public DateOnly[] DistinctDates(int count, DateOnly min, DateOnly max)
    {
        var span = max.DayNumber - min.DayNumber + 1;
        if (span < count)
        {
            throw new ArgumentException($"{min:yyyy-MM-dd}..{max:yyyy-MM-dd} holds fewer than {count} days.", nameof(max));
        }

        var offsets = new int[count];
        var filled = 0;
        while (filled < count)
        {
            var offset = _random.Next(span);
            if (Array.IndexOf(offsets, offset, 0, filled) < 0)
            {
                offsets[filled++] = offset;
            }
        }

        Array.Sort(offsets);
        var dates = new DateOnly[count];
        for (var i = 0; i < count; i++)
        {
            dates[i] = min.AddDays(offsets[i]);
        }

        return dates;
    }

    /// <summary><paramref name="count"/> distinct items, in the order of the list.</summary>
    public T[] Distinct<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new bool[items.Count];
        var filled = 0;
        while (filled < count)
        {
            var index = _random.Next(items.Count);
            if (!chosen[index])
            {
                chosen[index] = true;
                filled++;
            }
        }

        var result = new T[count];
        var next = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (chosen[i])
            {
                result[next++] = items[i];
            }
        }

        return result;
    }
}
