using System.Buffers;
using System.Text.Unicode;

namespace Steady.Feeds;

/// <summary>
/// Writes the XML of one feed as UTF-8, byte for byte as <see cref="System.Xml.XmlWriter"/> writes it indented by two
/// spaces with LF line ends and line ends in text replaced (declaration, <c> /&gt;</c> for an empty element), for the
/// shapes a feed has: an element holds text or elements, never both. Names are written as given,
/// prefix included; namespace declarations are attributes. As with <see cref="System.Xml.XmlWriter"/>, a character
/// XML forbids (a C0 control other than tab, line feed and carriage return, an unpaired surrogate, U+FFFE, U+FFFF)
/// throws; the feed's texts are cleaned by <see cref="XmlSafeText"/> before they get here.
/// A writer is reused from feed to feed: <see cref="Reset"/> starts the next document. Not thread-safe.
/// </summary>
internal sealed class FeedXmlWriter
{
    private static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8;

    /// <summary>
    /// What text content escapes, and the ASCII characters it refuses. The sets hold ASCII only, which is searched a
    /// vector at a time; the two noncharacters XML refuses are looked for on their own (<see cref="Escaped"/>).
    /// </summary>
    private static readonly SearchValues<char> TextSpecial = SearchValues.Create(Specials("<>&\r\n"));

    /// <summary>What an attribute value escapes, and the characters it refuses.</summary>
    private static readonly SearchValues<char> AttributeSpecial = SearchValues.Create(Specials("<>&\"\t\r\n"));

    private readonly ArrayBufferWriter<byte> _out = new(16 * 1024);
    private readonly List<OpenElement> _open = [];

    /// <summary>The last start tag is not closed yet: an end tag right after it makes it an empty element.</summary>
    private bool _inStartTag;

    public ReadOnlySpan<byte> Written => _out.WrittenSpan;

    /// <summary>The bytes the buffer holds, written or not.</summary>
    public int Capacity => _out.Capacity;

    /// <summary>Starts a new document, keeping the buffer's memory.</summary>
    public void Reset()
    {
        _out.ResetWrittenCount();
        _open.Clear();
        _inStartTag = false;
        Raw(Declaration);
    }

    /// <summary>Ends the document with a line end, which a text file has and <see cref="System.Xml.XmlWriter"/> does not write.</summary>
    public void EndDocument()
    {
        if (_open.Count > 0)
        {
            throw new InvalidOperationException($"<{_open[^1].Name}> is still open");
        }

        Raw((byte)'\n');
    }

    public void StartElement(string name)
    {
        if (_open.Count > 0)
        {
            var parent = _open[^1];
            if (parent.HasText)
            {
                throw new InvalidOperationException($"<{name}> would follow text in <{parent.Name}>: a feed never mixes them");
            }

            _open[^1] = parent with { HasElements = true };
        }

        CloseStartTag();
        NewLine(_open.Count);
        Raw((byte)'<');
        Ascii(name);
        _open.Add(new OpenElement(name, false, false));
        _inStartTag = true;
    }

    public void Attribute(string name, string value)
    {
        if (!_inStartTag)
        {
            throw new InvalidOperationException($"attribute {name} outside a start tag");
        }

        Raw((byte)' ');
        Ascii(name);
        Raw("=\""u8);
        Escaped(value, inAttribute: true);
        Raw((byte)'"');
    }

    /// <summary>Text content of the current element; an empty text still gives the element an end tag of its own.</summary>
    public void Text(string text)
    {
        var current = _open[^1];
        if (current.HasElements)
        {
            throw new InvalidOperationException($"text would follow elements in <{current.Name}>: a feed never mixes them");
        }

        _open[^1] = current with { HasText = true };
        CloseStartTag();
        Escaped(text, inAttribute: false);
    }

    public void EndElement()
    {
        var element = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        if (_inStartTag)
        {
            Raw(" />"u8);
            _inStartTag = false;
            return;
        }

        if (element.HasElements)
        {
            NewLine(_open.Count);
        }

        Raw("</"u8);
        Ascii(element.Name);
        Raw((byte)'>');
    }

    /// <summary>An element of text; an empty text gives an empty element, as <see cref="System.Xml.XmlWriter.WriteElementString(string, string)"/> does.</summary>
    public void Element(string name, string text)
    {
        StartElement(name);
        if (text.Length > 0)
        {
            Text(text);
        }

        EndElement();
    }

    private void CloseStartTag()
    {
        if (_inStartTag)
        {
            Raw((byte)'>');
            _inStartTag = false;
        }
    }

    private void NewLine(int depth)
    {
        var span = _out.GetSpan(1 + 2 * depth);
        span[0] = (byte)'\n';
        span.Slice(1, 2 * depth).Fill((byte)' ');
        _out.Advance(1 + 2 * depth);
    }

    private void Escaped(string value, bool inAttribute)
    {
        if (value.AsSpan().IndexOfAnyInRange('\uFFFE', '\uFFFF') is >= 0 and var noncharacter)
        {
            throw new ArgumentException($"character U+{(int)value[noncharacter]:X4} is not allowed in XML", nameof(value));
        }

        var special = inAttribute ? AttributeSpecial : TextSpecial;
        var rest = value.AsSpan();
        while (rest.Length > 0)
        {
            var next = rest.IndexOfAny(special);
            Utf8Of(next < 0 ? rest : rest[..next]);
            if (next < 0)
            {
                return;
            }

            var c = rest[next];
            rest = rest[(next + 1)..];
            switch (c)
            {
                case '<': Raw("&lt;"u8); break;
                case '>': Raw("&gt;"u8); break;
                case '&': Raw("&amp;"u8); break;
                case '"': Raw("&quot;"u8); break;
                case '\t': Raw("&#x9;"u8); break;
                case '\n': Raw(inAttribute ? "&#xA;"u8 : "\n"u8); break;
                case '\r' when inAttribute: Raw("&#xD;"u8); break;
                case '\r':
                    // A CR LF or a lone CR is one line end.
                    Raw((byte)'\n');
                    if (rest.Length > 0 && rest[0] == '\n')
                    {
                        rest = rest[1..];
                    }

                    break;
                default:
                    throw new ArgumentException($"character U+{(int)c:X4} is not allowed in XML", nameof(value));
            }
        }
    }

    private void Utf8Of(ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            var span = _out.GetSpan(Math.Min(text.Length * 3, 64 * 1024));
            var status = Utf8.FromUtf16(text, span, out var read, out var written, replaceInvalidSequences: false);
            _out.Advance(written);
            text = text[read..];
            if (status == OperationStatus.InvalidData)
            {
                throw new ArgumentException($"unpaired surrogate U+{(int)text[0]:X4} is not allowed in XML");
            }
        }
    }

    private void Ascii(string name)
    {
        var span = _out.GetSpan(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            span[i] = checked((byte)name[i]);
        }

        _out.Advance(name.Length);
    }

    private void Raw(ReadOnlySpan<byte> bytes) => _out.Write(bytes);

    private void Raw(byte b)
    {
        _out.GetSpan(1)[0] = b;
        _out.Advance(1);
    }

    /// <summary>The escaped characters and every character XML 1.0 forbids.</summary>
    private static string Specials(string escaped)
    {
        var chars = new List<char>(escaped);
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not '\t' and not '\n' and not '\r')
            {
                chars.Add(c);
            }
        }

        return new string(chars.ToArray());
    }

    private readonly record struct OpenElement(string Name, bool HasText, bool HasElements);
}
