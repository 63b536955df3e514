namespace Steady.Write;

/// <summary>
/// A set of 128-bit keys that several threads add to at once. The keys are split by their low bits among stripes,
/// each a <see cref="HashSet{T}"/> with a lock of its own: an add waits only for adds to the same stripe, and a stripe
/// that grows holds up only those (a <see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey, TValue}"/>
/// locks every stripe while it grows, which a build adding hundreds of thousands of keys does over and over).
/// There are enough stripes that each stays small: at 1,000,000 keys a stripe holds about a thousand, so the arrays
/// it leaves behind when it grows are below the large-object threshold and are collected young, not left in the
/// large-object heap until a full collection.
/// </summary>
internal sealed class StripedKeySet
{
    private const int StripeCount = 1024;

    private readonly HashSet<UInt128>[] _stripes = Enumerable.Range(0, StripeCount).Select(_ => new HashSet<UInt128>()).ToArray();

    /// <summary>Adds the key; false when it was in the set already.</summary>
    public bool Add(UInt128 key)
    {
        var stripe = Stripe(key);
        lock (stripe)
        {
            return stripe.Add(key);
        }
    }

    public bool Contains(UInt128 key)
    {
        var stripe = Stripe(key);
        lock (stripe)
        {
            return stripe.Contains(key);
        }
    }

    private HashSet<UInt128> Stripe(UInt128 key) => _stripes[(int)(ulong)(key & (StripeCount - 1))];
}
