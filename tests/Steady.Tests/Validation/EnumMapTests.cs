using Steady.Model;
using Steady.Plan;
using Steady.Text;
using Steady.Validate;

namespace Steady.Tests.Validation;

public sealed class EnumMapTests
{
    private enum Small : byte { A, B, C = 200 }

    private enum Wide : long { Low = -5, Zero = 0, High = 1L << 40 }

    [Flags]
    private enum Spread { None = 0, One = 1, Big = 1 << 20 }

    [Fact]
    public void Every_value_of_every_size_maps_to_its_entry()
    {
        var small = new EnumMap<Small, string>(Enum.GetValues<Small>().Select(v => (v, v.ToString())));
        var wide = new EnumMap<Wide, string>(Enum.GetValues<Wide>().Select(v => (v, v.ToString())));
        var spread = new EnumMap<Spread, string>(Enum.GetValues<Spread>().Select(v => (v, v.ToString())));

        Assert.All(Enum.GetValues<Small>(), v => Assert.Equal(v.ToString(), small[v]));
        Assert.All(Enum.GetValues<Wide>(), v => Assert.Equal(v.ToString(), wide[v]));
        Assert.All(Enum.GetValues<Spread>(), v => Assert.Equal(v.ToString(), spread[v]));
    }

    [Fact]
    public void A_value_without_an_entry_is_absent_and_throws_with_its_enum_named()
    {
        var map = new EnumMap<Spread, string>([(Spread.One, "one")]);

        Assert.False(map.TryGetValue(Spread.None, out _));
        Assert.False(map.TryGetValue(Spread.Big, out _));
        Assert.False(map.TryGetValue((Spread)2, out _));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => map[(Spread)300]);
        Assert.Contains("Spread has no value 300", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_entry_of_a_value_listed_twice_is_kept()
    {
        var map = new EnumMap<Wide, string>([(Wide.Zero, "first"), (Wide.High, "high"), (Wide.Zero, "second"), (Wide.High, "later")]);

        Assert.Equal("first", map[Wide.Zero]);
        Assert.Equal("high", map[Wide.High]);
    }

    [Fact]
    public void Lookups_allocate_nothing()
    {
        var map = new EnumMap<Wide, string>(Enum.GetValues<Wide>().Select(v => (v, v.ToString())));
        _ = map[Wide.High] + Vocabulary.Name(EventKind.Status) + Labels.Of(ProjectState.Active);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = 0;
        for (var i = 0; i < 1000; i++)
        {
            found += map[Wide.Low].Length + map[Wide.High].Length + Vocabulary.Name(EventKind.Status).Length + Labels.Of(ProjectState.Active).Length;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(found > 0);
    }

    [Fact]
    public void Names_and_labels_agree_with_the_vocabulary_of_the_model()
    {
        foreach (var (name, value) in Load.ModelShape.EnumNames(typeof(ProjectState)))
        {
            var state = (ProjectState)value;
            Assert.Equal(name, Vocabulary.Name(state));
            Assert.Equal(name, Labels.Key(state));
        }

        Assert.Equal("maintenance-only", Vocabulary.Name(ProjectState.MaintenanceOnly));
        Assert.Equal("co-maintainer", Vocabulary.Name(MaintainerRole.CoMaintainer));
        Assert.Throws<ArgumentOutOfRangeException>(() => Vocabulary.Name((EventKind)999));
    }
}
