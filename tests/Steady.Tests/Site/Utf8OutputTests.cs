using System.Text;
using Steady.Render.Templating;
using Steady.Tests.Support;
using Steady.Write;

namespace Steady.Tests.Site;

public sealed class Utf8OutputTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Pieces_of_any_size_reach_the_buffer_as_the_utf8_of_the_whole_text(int seed)
    {
        var random = new Random(seed);
        string[] alphabet = ["a", "<p>", "é", "漢", "\ud83d\ude00", "\n", new string('x', 5000), new string('é', 3000)];
        var text = new StringBuilder();
        var sink = new MemorySink();
        using (var buffer = new SegmentedBuffer())
        {
            var output = new Utf8Output(buffer);
            for (var i = 0; i < 3000; i++)
            {
                var piece = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => alphabet[random.Next(alphabet.Length)]));
                // Written from an offset, and sometimes split inside a surrogate pair across two writes.
                var padded = "##" + piece + "##";
                var cut = random.Next(0, piece.Length + 1);
                output.Write(padded, 2, cut);
                output.Write(padded, 2 + cut, piece.Length - cut);
                text.Append(piece);
            }

            output.Complete();
            buffer.WriteTo(sink, "page.html");
        }

        Assert.Equal(Encoding.UTF8.GetBytes(text.ToString()), sink.Files["page.html"]);
    }

    [Fact]
    public void A_completed_output_gave_its_block_back_and_takes_no_more_text()
    {
        using var buffer = new SegmentedBuffer();
        var output = new Utf8Output(buffer);
        output.Write("<p>done</p>", 0, 11);
        output.Complete();
        output.Complete();

        Assert.Throws<ObjectDisposedException>(() => output.Write("late", 0, 4));
        Assert.Equal(11, buffer.Length);
    }
}
