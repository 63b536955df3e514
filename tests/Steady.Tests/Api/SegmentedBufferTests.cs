using Steady.Tests.Support;
using Steady.Write;

namespace Steady.Tests.Api;

public sealed class SegmentedBufferTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(16 * 1024)]
    [InlineData(3 * 1024 * 1024 + 17)]
    public void Content_reaches_the_sink_whole_and_in_order(int length)
    {
        var expected = Enumerable.Range(0, length).Select(i => (byte)(i * 31 % 251)).ToArray();
        var sink = new MemorySink();
        var random = new Random(7);

        using (var buffer = new SegmentedBuffer())
        {
            Fill(buffer, expected, random, maxHint: 5000, afterEach: () => { });

            Assert.Equal(length, buffer.Length);
            buffer.WriteTo(sink, "f.bin");
        }

        Assert.Equal(expected, sink.Files["f.bin"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(16 * 1024 + 1)]
    [InlineData(3 * 1024 * 1024 + 17)]
    public void Content_gives_the_bytes_as_one_block_and_the_buffer_still_writes_them(int length)
    {
        var expected = Enumerable.Range(0, length).Select(i => (byte)(i * 31 % 251)).ToArray();
        var sink = new MemorySink();

        using (var buffer = new SegmentedBuffer())
        {
            Fill(buffer, expected, new Random(7), maxHint: 5000, afterEach: () => { });

            Assert.Equal(expected, buffer.Content().ToArray());
            buffer.WriteTo(sink, "f.bin");
        }

        Assert.Equal(expected, sink.Files["f.bin"]);
    }

    [Fact]
    public void A_spilling_buffer_has_no_content_to_give()
    {
        using var stream = new MemoryStream();
        using var buffer = new SegmentedBuffer(stream);

        Assert.Throws<InvalidOperationException>(() => buffer.Content());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(64 * 1024)]
    [InlineData(3 * 1024 * 1024 + 17)]
    public void A_spilling_buffer_streams_content_whole_and_in_order_holding_one_segment(int length)
    {
        var expected = Enumerable.Range(0, length).Select(i => (byte)(i * 31 % 251)).ToArray();
        var random = new Random(7);
        using var stream = new MemoryStream();

        using (var buffer = new SegmentedBuffer(stream))
        {
            // Hints larger than a segment make the buffer take a larger one; none is kept besides it.
            Fill(buffer, expected, random, maxHint: 100_000,
                afterEach: () => Assert.True(buffer.Length < 100_000 + 64 * 1024, $"{buffer.Length} bytes held"));

            buffer.Flush();
            Assert.Equal(0, buffer.Length);
            Assert.Throws<InvalidOperationException>(() => buffer.WriteTo(new MemorySink(), "f.bin"));
        }

        Assert.Equal(expected, stream.ToArray());
    }

    [Theory]
    [InlineData(3)]
    [InlineData(20_000)]
    public void A_large_api_file_streams_the_bytes_a_whole_one_has(int count)
    {
        // The shape of api/v1/purls.json: a package URL for each project slug.
        IReadOnlyDictionary<string, string> purls = Enumerable.Range(0, count).ToDictionary(i => $"pkg:npm/p{i}ü\"<x>", i => $"p{i}");
        var value = new Steady.Api.ApiEnvelope<IReadOnlyDictionary<string, string>>(1, new DateOnly(2026, 11, 27), count, purls);
        var whole = new MemorySink();
        var streamed = new MemorySink();

        Steady.Api.ApiJson.Write(whole, "a.json", value);
        Steady.Api.ApiJson.WriteLarge(streamed, "a.json", value);

        Assert.True(whole.Files["a.json"].Length > (count > 3 ? 64 * 1024 : 0));
        Assert.Equal(whole.Files["a.json"], streamed.Files["a.json"]);
    }

    /// <summary>Writes <paramref name="content"/> through the buffer in pieces of random sizes, asking for random hints.</summary>
    private static void Fill(SegmentedBuffer buffer, byte[] content, Random random, int maxHint, Action afterEach)
    {
        var at = 0;
        while (at < content.Length)
        {
            var span = buffer.GetSpan(random.Next(1, maxHint));
            var count = Math.Min(Math.Min(span.Length, random.Next(1, 70000)), content.Length - at);
            content.AsSpan(at, count).CopyTo(span);
            buffer.Advance(count);
            at += count;
            afterEach();
        }
    }
}
