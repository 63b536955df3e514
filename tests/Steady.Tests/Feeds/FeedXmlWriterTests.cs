using System.Text;
using System.Xml;
using Steady.Feeds;

namespace Steady.Tests.Feeds;

/// <summary>
/// <see cref="FeedXmlWriter"/> against <see cref="XmlWriter"/> with the feed settings: the same calls give the same
/// bytes, for hostile, multilingual and random text, in element content and in attributes.
/// </summary>
public sealed class FeedXmlWriterTests
{
    /// <summary>The settings whose output <see cref="FeedXmlWriter"/> reproduces.</summary>
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <summary>One document as a list of steps, played on either writer.</summary>
    private abstract record Step;

    private sealed record Start(string Name) : Step;

    private sealed record Attr(string Name, string Value) : Step;

    private sealed record Text(string Value) : Step;

    private sealed record End : Step;

    private sealed record Leaf(string Name, string Value) : Step;

    private static byte[] WithXmlWriter(IEnumerable<Step> steps)
    {
        var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            foreach (var step in steps)
            {
                switch (step)
                {
                    case Start s: xml.WriteStartElement(s.Name); break;
                    case Attr a: xml.WriteAttributeString(a.Name, a.Value); break;
                    case Text t: xml.WriteString(t.Value); break;
                    case End: xml.WriteEndElement(); break;
                    case Leaf l: xml.WriteElementString(l.Name, l.Value); break;
                }
            }
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static byte[] WithFeedWriter(IEnumerable<Step> steps, FeedXmlWriter? reused = null)
    {
        var xml = reused ?? new FeedXmlWriter();
        xml.Reset();
        foreach (var step in steps)
        {
            switch (step)
            {
                case Start s: xml.StartElement(s.Name); break;
                case Attr a: xml.Attribute(a.Name, a.Value); break;
                case Text t: xml.Text(t.Value); break;
                case End: xml.EndElement(); break;
                case Leaf l: xml.Element(l.Name, l.Value); break;
            }
        }

        xml.EndDocument();
        return xml.Written.ToArray();
    }

    /// <summary>A feed-shaped document with <paramref name="value"/> in every place a registry text can reach.</summary>
    private static Step[] Document(string value) =>
    [
        new Start("feed"), new Attr("lang", value),
        new Start("title"), new Attr("type", "text"), new Text(value), new End(),
        new Leaf("id", value),
        new Leaf("empty", ""),
        new Start("blank"), new Text(""), new End(),
        new Start("entry"),
        new Start("link"), new Attr("rel", "related"), new Attr("title", value), new Attr("href", value), new End(),
        new Start("category"), new Attr("term", value), new End(),
        new Start("content"), new Attr("type", "html"), new Text(value), new Text(value), new End(),
        new End(),
        new Start("entry"), new End(),
        new End(),
    ];

    public static TheoryData<string> Texts() => new()
    {
        "",
        "plain words",
        "<img src=x onerror=alert(1)> & <b>bold</b> \"quoted\" 'single'",
        "&amp; already escaped &lt;",
        "]]> and ]]",
        "tab\there, line\nfeed, crlf\r\nend, lone\rcr, cr at end\r",
        "\r\n\r\n\n\r",
        "emoji 🔥🦀, accents éàü, CJK 漢字, RTL עברית",
        "next line \u0085, line separator \u2028, paragraph \u2029, nbsp \u00A0, bom \uFEFF",
        "C1 \u0080\u009F and \u007F delete",
        new string('€', 30_000) + "<" + string.Concat(Enumerable.Repeat("🦀", 20_000)),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_text_is_written_byte_for_byte_as_xml_writer_writes_it(string value)
    {
        var steps = Document(value);

        Assert.Equal(Encoding.UTF8.GetString(WithXmlWriter(steps)), Encoding.UTF8.GetString(WithFeedWriter(steps)));
    }

    [Fact]
    public void Random_texts_are_written_as_xml_writer_writes_them_by_one_reused_writer()
    {
        char[] alphabet = ['a', 'Z', '0', ' ', '<', '>', '&', '"', '\'', '\t', '\n', '\r', ';', '#', 'é', '€', '\u0085', '\u2028', '\uFEFF'];
        var random = new Random(20261128);
        var writer = new FeedXmlWriter();
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 40);
            for (var i = 0; i < length; i++)
            {
                if (random.Next(12) == 0)
                {
                    text.Append("🦀");
                }
                else
                {
                    text.Append(alphabet[random.Next(alphabet.Length)]);
                }
            }

            var steps = Document(text.ToString());
            Assert.Equal(WithXmlWriter(steps), WithFeedWriter(steps, writer));
        }
    }

    [Theory]
    [InlineData("bell {0}", 0x07)]
    [InlineData("nul {0}", 0x00)]
    [InlineData("escape {0}", 0x1B)]
    [InlineData("lone high {0} surrogate", 0xD83D)]
    [InlineData("lone low {0} surrogate", 0xDD25)]
    [InlineData("ends high {0}", 0xD83D)]
    [InlineData("not a character {0}", 0xFFFE)]
    [InlineData("not a character {0}", 0xFFFF)]
    public void A_character_xml_forbids_throws_as_it_does_with_xml_writer(string format, int code)
    {
        // Built here: a lone surrogate in test data would not survive the test runner's serialization.
        var value = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, (char)code);
        foreach (var steps in new[] { new Step[] { new Leaf("t", value) }, [new Start("t"), new Attr("a", value), new End()] })
        {
            Assert.ThrowsAny<ArgumentException>(() => WithXmlWriter(steps));
            Assert.ThrowsAny<ArgumentException>(() => WithFeedWriter(steps));
        }
    }

    [Fact]
    public void Text_and_elements_are_never_mixed_in_one_element()
    {
        var writer = new FeedXmlWriter();
        writer.Reset();
        writer.StartElement("a");
        writer.Text("x");
        Assert.Throws<InvalidOperationException>(() => writer.StartElement("b"));

        writer.Reset();
        writer.StartElement("a");
        writer.Element("b", "y");
        Assert.Throws<InvalidOperationException>(() => writer.Text("x"));
    }

    [Fact]
    public void A_document_ends_only_when_every_element_is_closed()
    {
        var writer = new FeedXmlWriter();
        writer.Reset();
        writer.StartElement("a");

        Assert.Throws<InvalidOperationException>(writer.EndDocument);
    }
}
