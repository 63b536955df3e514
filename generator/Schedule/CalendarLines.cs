using System.Text;

namespace Steady.Schedule;

/// <summary>
/// Writes iCalendar content lines (RFC 5545, section 3.1): each line ends with CRLF and is folded at 75 octets
/// of UTF-8 by a CRLF and a space, never inside a character. TEXT values are escaped as section 3.3.11 requires:
/// backslash, semicolon and comma get a backslash, and every line end becomes <c>\n</c>.
/// </summary>
internal sealed class CalendarLines(TextWriter output)
{
    /// <summary>The longest line in octets, line end excluded.</summary>
    public const int MaxOctets = 75;

    private readonly StringBuilder _line = new();
    private char[] _chars = new char[256];

    /// <summary>Writes <c>NAME:value</c>, the value as given (a date, a URI, a keyword).</summary>
    public void Value(string name, string value)
    {
        _line.Clear().Append(name).Append(':').Append(value);
        Flush();
    }

    /// <summary>Writes <c>NAME:text</c>, the text escaped.</summary>
    public void Text(string name, string text)
    {
        _line.Clear().Append(name).Append(':');
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\' or ';' or ',':
                    _line.Append('\\').Append(text[i]);
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    _line.Append("\\n");
                    break;
                default:
                    _line.Append(text[i]);
                    break;
            }
        }

        Flush();
    }

    private void Flush()
    {
        var length = _line.Length;
        if (_chars.Length < length)
        {
            _chars = new char[Math.Max(length, _chars.Length * 2)];
        }

        _line.CopyTo(0, _chars, length);
        var line = _chars.AsSpan(0, length);
        var octets = 0;
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]);
            var size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
            if (octets + size > MaxOctets)
            {
                output.Write(line[start..i]);
                output.Write("\r\n ");
                start = i;
                octets = 1;
            }

            octets += size;
            if (pair)
            {
                i++;
            }
        }

        output.Write(line[start..]);
        output.Write("\r\n");
    }
}
