using Steady.Write;

namespace Steady.Tests.Site;

public sealed class StripedKeySetTests
{
    [Fact]
    public void Each_key_is_added_once_when_threads_race_to_add_it()
    {
        var set = new StripedKeySet();
        var firstAdds = new int[20_000];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            // Every thread adds every key, each in its own order, so most adds race with the same key's.
            var random = new Random(thread);
            foreach (var key in Enumerable.Range(0, firstAdds.Length).OrderBy(_ => random.Next()))
            {
                // Keys far apart in value and alike in their low bits land in one stripe.
                if (set.Add(((UInt128)(ulong)key << 64) | (ulong)(key % 3)))
                {
                    Interlocked.Increment(ref firstAdds[key]);
                }
            }
        });

        Assert.All(firstAdds, count => Assert.Equal(1, count));
        Assert.True(set.Contains(((UInt128)19_999UL << 64) | 19_999 % 3));
        Assert.False(set.Contains((UInt128)20_000UL << 64));
    }
}
