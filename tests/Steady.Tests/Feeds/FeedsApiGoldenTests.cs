using Steady.Tests.Support;

namespace Steady.Tests.Feeds;

public sealed class FeedsApiGoldenTests
{
    private static readonly string[] GoldenBadges = ["alpha-compress", "gamma-parser"];

    [Fact]
    public void Feeds_api_calendar_and_two_badges_match_the_golden_files()
    {
        var sink = FeedsFixture.PublishAll();
        var selected = sink.Files
            .Where(f => !f.Key.StartsWith("badges/", StringComparison.Ordinal) ||
                        GoldenBadges.Any(slug => f.Key.StartsWith($"badges/{slug}.", StringComparison.Ordinal)))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

        Golden.Verify("feeds-api", selected);
    }

    [Fact]
    public void Output_is_byte_identical_across_runs()
    {
        var first = FeedsFixture.PublishAll().Files;
        var second = FeedsFixture.PublishAll().Files;

        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.All(first, f => Assert.True(f.Value.AsSpan().SequenceEqual(second[f.Key]), f.Key));
    }
}
