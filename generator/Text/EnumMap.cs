using System.Runtime.CompilerServices;

namespace Steady.Text;

/// <summary>
/// A table from the values of an enum to something known for each (its name, its label), looked up by the value's
/// number. A <see cref="Dictionary{TKey, TValue}"/> keyed by the enum itself compares and hashes its keys through the
/// enum's comparer, which in precompiled code boxes the value on every lookup; this table never boxes.
/// </summary>
public sealed class EnumMap<TEnum, TValue>
    where TEnum : struct, Enum
{
    /// <summary>Values numbered from 0 up to this are kept in an array; others (flags, negative numbers) in a dictionary.</summary>
    private const long DenseLimit = 256;

    private readonly TValue[] _dense;
    private readonly bool[] _present;
    private readonly Dictionary<long, TValue> _sparse = [];

    /// <param name="entries">Each value with what it maps to; where a value is listed twice, the first entry is kept.</param>
    public EnumMap(IEnumerable<(TEnum Key, TValue Value)> entries)
    {
        var list = entries.ToArray();
        var size = (int)Math.Min(DenseLimit, list.Select(e => Number(e.Key)).Where(n => n is >= 0 and < DenseLimit).DefaultIfEmpty(-1).Max() + 1);
        _dense = new TValue[size];
        _present = new bool[size];
        foreach (var (key, value) in list)
        {
            var number = Number(key);
            if (number >= 0 && number < size)
            {
                if (!_present[number])
                {
                    _dense[number] = value;
                    _present[number] = true;
                }
            }
            else
            {
                _sparse.TryAdd(number, value);
            }
        }
    }

    public bool TryGetValue(TEnum key, out TValue value)
    {
        var number = Number(key);
        if (number >= 0 && number < _dense.Length)
        {
            value = _dense[number];
            return _present[number];
        }

        return _sparse.TryGetValue(number, out value!);
    }

    /// <summary>What <paramref name="key"/> maps to; a value without an entry throws, naming the enum and the value.</summary>
    public TValue this[TEnum key] =>
        TryGetValue(key, out var value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(key), key, $"{typeof(TEnum).Name} has no value {key}");

    /// <summary>The value's number, read in the enum's own size, without boxing it.</summary>
    internal static long Number(TEnum value) => Unsafe.SizeOf<TEnum>() switch
    {
        1 => Unsafe.As<TEnum, byte>(ref value),
        2 => Unsafe.As<TEnum, short>(ref value),
        4 => Unsafe.As<TEnum, int>(ref value),
        _ => Unsafe.As<TEnum, long>(ref value),
    };
}
