using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Steady.Model;

namespace Steady.Load;

/// <summary>
/// Reads the plain block YAML that registry entries are written in, in one pass over the text: mappings and sequences
/// nested by indentation, one-line plain and quoted scalars, one-line flow sequences and mappings, and
/// comments. For what it accepts it gives the same values and the same positions as YamlDotNet. Anything else (anchors,
/// aliases, tags, block or multi-line scalars, escapes other than a few common ones, empty values, duplicate keys,
/// unusual indentation, CR or tab characters, text past a limit) makes it decline by returning null; the file is then
/// read by YamlDotNet, which also reports every problem. Nothing is reported here.
/// </summary>
internal sealed class BlockYamlReader
{
    /// <summary>
    /// Whether the text holds a character that makes the whole file go to YamlDotNet: a control character but the line
    /// feed (tab and CR among them), DEL and the C1 controls, the Unicode line separators, a byte-order mark, the
    /// noncharacters U+FFFE and U+FFFF, and surrogates (characters outside the Basic Multilingual Plane). Printable
    /// ASCII is skipped a vector at a time; each other character (a line feed, a letter with an accent) is looked at
    /// on its own.
    /// </summary>
    internal static bool HasUnusual(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAnyExceptInRange(' ', '~'); i >= 0; i = text.IndexOfAnyExceptInRange(' ', '~'))
        {
            if (text[i] != '\n' && IsUnusual(text[i]))
            {
                return true;
            }

            text = text[(i + 1)..];
        }

        return false;
    }

    private static bool IsUnusual(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);

    /// <summary>Characters a scalar may not start with here; YAML gives most of them a meaning.</summary>
    private static readonly SearchValues<char> Indicators = SearchValues.Create("-?:,[]{}#&*!|>%@`'\"");

    /// <summary>More keys than this in one mapping are left to YamlDotNet (the duplicate check here is linear).</summary>
    private const int MaxKeys = 64;

    private const int MaxSharedKeys = 1024;

    private static readonly ConcurrentDictionary<string, string> KnownKeys = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KeyLookup =
        KnownKeys.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _keyCount;

    [ThreadStatic]
    private static List<YamlEntry>[]? t_entries;

    [ThreadStatic]
    private static List<YamlValue>[]? t_items;

    // The document's characters: _text[.._length] (the array may be longer, and rented).
    private readonly char[] _text;
    private readonly int _length;
    private readonly string _path;
    private readonly YamlLimits _limits;
    private int _nodes;

    // The current line: 1-based number, where it starts and ends (the index of its '\n' or the text's end), and
    // where its content starts. _indent is the content's 0-based column, which is past a "- " for a mapping
    // written on the line of its sequence item.
    private int _line;
    private int _lineStart;
    private int _lineEnd = -1;
    private int _contentStart;
    private int _indent;
    private bool _eof;

    private BlockYamlReader(char[] text, int length, string path, YamlLimits limits)
    {
        _text = text;
        _length = length;
        _path = path;
        _limits = limits;
    }

    /// <summary>The document's value, or null when the text is not in the subset read here.</summary>
    public static YamlValue? TryRead(string text, string path, YamlLimits limits) =>
        TryRead(text.ToCharArray(), text.Length, path, limits);

    /// <summary>
    /// The document in <c>text[..length]</c>, or null when it is not in the subset read here. The values hold strings
    /// of their own, never the array, which may therefore be rented and returned once this returns.
    /// </summary>
    public static YamlValue? TryRead(char[] text, int length, string path, YamlLimits limits)
    {
        var span = text.AsSpan(0, length);
        if (HasUnusual(span))
        {
            return null;
        }

        var reader = new BlockYamlReader(text, length, path, limits);
        if (!reader.Advance() || reader._eof || reader._indent != 0)
        {
            return null;
        }

        var root = reader.ReadBlock(1);
        return root is not null && reader._eof ? root : null;
    }

    /// <summary>Moves to the next line that holds more than spaces or a comment; false when the text is declined.</summary>
    private bool Advance()
    {
        var start = _lineEnd + 1;
        while (start < _length)
        {
            _line++;
            var newline = _text.AsSpan(start, _length - start).IndexOf('\n');
            var end = newline < 0 ? _length : start + newline;
            var content = start;
            while (content < end && _text[content] == ' ')
            {
                content++;
            }

            if (content < end && _text[content] != '#')
            {
                if (content == start && IsDocumentMarker(start, end))
                {
                    return false;
                }

                _lineStart = start;
                _lineEnd = end;
                _contentStart = content;
                _indent = content - start;
                return true;
            }

            start = end + 1;
        }

        _line++;
        _lineStart = _lineEnd = _contentStart = _length;
        _indent = -1;
        _eof = true;
        return true;
    }

    private bool IsDocumentMarker(int start, int end)
    {
        var c = _text[start];
        if (c == '%')
        {
            return true;
        }

        return end - start >= 3 && (c == '-' || c == '.') && _text[start + 1] == c && _text[start + 2] == c;
    }

    /// <summary>The mapping or sequence whose first line is the current one.</summary>
    private YamlValue? ReadBlock(int depth)
    {
        if (depth > _limits.MaxDepth)
        {
            return null;
        }

        return IsSequenceItem() ? ReadSequence(_indent, depth) : ReadMapping(_indent, depth);
    }

    private bool IsSequenceItem() =>
        _text[_contentStart] == '-' && (_contentStart + 1 == _lineEnd || _text[_contentStart + 1] == ' ');

    private YamlMapping? ReadMapping(int indent, int depth)
    {
        if (!CountNode())
        {
            return null;
        }

        var at = Location(_contentStart);
        var entries = Scratch(ref t_entries, depth);
        while (!_eof && _indent == indent)
        {
            var keyEnd = KeyEnd(_contentStart, flow: false);
            if (keyEnd < 0 || entries.Count == MaxKeys || !CountNode())
            {
                return null;
            }

            var key = new YamlScalar(Location(_contentStart), Key(_text.AsSpan(_contentStart, keyEnd - _contentStart)), true);
            if (HasKey(entries, key.Text))
            {
                return null;
            }

            var valueStart = SkipSpaces(keyEnd + 1);
            YamlValue? value;
            if (valueStart == _lineEnd)
            {
                // The value is the block on the following lines, indented further (an empty value or a sequence at
                // the key's own indentation is left to YamlDotNet).
                if (!Advance() || _eof || _indent <= indent)
                {
                    return null;
                }

                value = ReadBlock(depth + 1);
            }
            else
            {
                value = ReadLineValue(valueStart, depth + 1);
            }

            if (value is null)
            {
                return null;
            }

            entries.Add(new YamlEntry(key, value));
        }

        return !_eof && _indent > indent ? null : new YamlMapping(at, Take(entries));
    }

    private YamlSequence? ReadSequence(int indent, int depth)
    {
        if (!CountNode())
        {
            return null;
        }

        var at = Location(_contentStart);
        var items = Scratch(ref t_items, depth);
        while (!_eof && _indent == indent && IsSequenceItem())
        {
            var itemStart = SkipSpaces(_contentStart + 1);
            if (itemStart == _lineEnd)
            {
                return null;
            }

            YamlValue? item;
            if (KeyEnd(itemStart, flow: false) >= 0)
            {
                // "- key: value": a mapping that starts on the item's line, indented to its first key.
                if (depth + 1 > _limits.MaxDepth)
                {
                    return null;
                }

                _contentStart = itemStart;
                _indent = itemStart - _lineStart;
                item = ReadMapping(_indent, depth + 1);
            }
            else
            {
                item = ReadLineValue(itemStart, depth + 1);
            }

            if (item is null)
            {
                return null;
            }

            items.Add(item);
        }

        return !_eof && _indent > indent ? null : new YamlSequence(at, Take(items));
    }

    /// <summary>
    /// A value that ends on its line (a scalar or a flow collection), followed only by spaces or a comment; the next
    /// line must not be indented further than the current one (that would continue the value).
    /// </summary>
    private YamlValue? ReadLineValue(int start, int depth)
    {
        var indent = _indent;
        YamlValue? value = _text[start] switch
        {
            '"' or '\'' => ReadQuoted(ref start),
            '[' => ReadFlowSequence(ref start, depth),
            '{' => ReadFlowMapping(ref start, depth),
            _ => ReadBlockPlain(ref start),
        };

        if (value is null || !RestIsComment(start) || !Advance())
        {
            return null;
        }

        return !_eof && _indent > indent ? null : value;
    }

    /// <summary>A plain scalar up to the end of the line or a comment.</summary>
    private YamlScalar? ReadBlockPlain(ref int position)
    {
        var start = position;
        if (Indicators.Contains(_text[start]) || !CountNode())
        {
            return null;
        }

        var end = start;
        while (end < _lineEnd)
        {
            var c = _text[end];
            if (c == ':' && (end + 1 == _lineEnd || _text[end + 1] == ' '))
            {
                return null;
            }

            if (c == '#' && _text[end - 1] == ' ')
            {
                break;
            }

            end++;
        }

        position = end;
        while (_text[end - 1] == ' ')
        {
            end--;
        }

        return new YamlScalar(Location(start), Scalar(start, end - start), true);
    }

    /// <summary>A one-line single- or double-quoted scalar; double-quoted escapes other than <c>\"</c>, <c>\\</c>, <c>\/</c>, <c>\n</c> and <c>\t</c> are declined.</summary>
    private YamlScalar? ReadQuoted(ref int position)
    {
        var start = position;
        var quote = _text[start];
        if (!CountNode())
        {
            return null;
        }

        StringBuilder? unescaped = null;
        var runStart = start + 1;
        var i = start + 1;
        while (true)
        {
            if (i >= _lineEnd)
            {
                return null;
            }

            var c = _text[i];
            if (c == '\\' && quote == '"')
            {
                var escaped = i + 1 < _lineEnd ? Unescape(_text[i + 1]) : '\0';
                if (escaped == '\0')
                {
                    return null;
                }

                unescaped ??= new StringBuilder();
                unescaped.Append(_text, runStart, i - runStart).Append(escaped);
                i += 2;
                runStart = i;
                continue;
            }

            if (c == quote)
            {
                if (quote == '\'' && i + 1 < _lineEnd && _text[i + 1] == '\'')
                {
                    unescaped ??= new StringBuilder();
                    unescaped.Append(_text, runStart, i + 1 - runStart);
                    i += 2;
                    runStart = i;
                    continue;
                }

                break;
            }

            i++;
        }

        string value;
        if (unescaped is null)
        {
            value = Scalar(start + 1, i - start - 1);
        }
        else
        {
            unescaped.Append(_text, runStart, i - runStart);
            value = unescaped.ToString();
        }

        position = i + 1;
        return new YamlScalar(Location(start), value, false);
    }

    /// <summary>The character a double-quoted escape stands for, of the few read here; '\0' for any other.</summary>
    private static char Unescape(char c) => c switch
    {
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        'n' => '\n',
        't' => '\t',
        _ => '\0',
    };

    /// <summary><c>[a, "b", [c]]</c> on one line.</summary>
    private YamlSequence? ReadFlowSequence(ref int position, int depth)
    {
        if (depth > _limits.MaxDepth || !CountNode())
        {
            return null;
        }

        var at = Location(position);
        var items = Scratch(ref t_items, depth);
        var i = SkipSpaces(position + 1);
        if (i < _lineEnd && _text[i] == ']')
        {
            position = i + 1;
            return new YamlSequence(at, Take(items));
        }

        while (true)
        {
            var item = ReadFlowNode(ref i, depth + 1);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            switch (AfterFlowItem(ref i, ']'))
            {
                case FlowNext.Closed:
                    position = i;
                    return new YamlSequence(at, Take(items));
                case FlowNext.Declined:
                    return null;
            }
        }
    }

    /// <summary><c>{ key: value, key: "value", key: [a, b] }</c> on one line, with plain keys.</summary>
    private YamlMapping? ReadFlowMapping(ref int position, int depth)
    {
        if (depth > _limits.MaxDepth || !CountNode())
        {
            return null;
        }

        var at = Location(position);
        var entries = Scratch(ref t_entries, depth);
        var i = SkipSpaces(position + 1);
        if (i < _lineEnd && _text[i] == '}')
        {
            position = i + 1;
            return new YamlMapping(at, Take(entries));
        }

        while (true)
        {
            var keyEnd = KeyEnd(i, flow: true);
            if (keyEnd < 0 || entries.Count == MaxKeys || !CountNode())
            {
                return null;
            }

            var key = new YamlScalar(Location(i), Key(_text.AsSpan(i, keyEnd - i)), true);
            if (HasKey(entries, key.Text))
            {
                return null;
            }

            i = SkipSpaces(keyEnd + 1);
            var value = i < _lineEnd ? ReadFlowNode(ref i, depth + 1) : null;
            if (value is null)
            {
                return null;
            }

            entries.Add(new YamlEntry(key, value));
            switch (AfterFlowItem(ref i, '}'))
            {
                case FlowNext.Closed:
                    position = i;
                    return new YamlMapping(at, Take(entries));
                case FlowNext.Declined:
                    return null;
            }
        }
    }

    private enum FlowNext
    {
        Item,
        Closed,
        Declined,
    }

    /// <summary>
    /// What follows an item of a flow collection: its closing bracket (<paramref name="position"/> moves past it), or a
    /// comma and another item (<paramref name="position"/> moves to it); anything else, a trailing comma among them,
    /// is declined.
    /// </summary>
    private FlowNext AfterFlowItem(ref int position, char close)
    {
        var i = SkipSpaces(position);
        if (i < _lineEnd && _text[i] == close)
        {
            position = i + 1;
            return FlowNext.Closed;
        }

        if (i >= _lineEnd || _text[i] != ',')
        {
            return FlowNext.Declined;
        }

        i = SkipSpaces(i + 1);
        if (i >= _lineEnd || _text[i] == close)
        {
            return FlowNext.Declined;
        }

        position = i;
        return FlowNext.Item;
    }

    /// <summary>A value inside a flow collection: a flow collection, a quoted scalar, or a plain one up to a comma or closing bracket.</summary>
    private YamlValue? ReadFlowNode(ref int position, int depth)
    {
        var start = position;
        if (start >= _lineEnd)
        {
            return null;
        }

        switch (_text[start])
        {
            case '"' or '\'':
                return ReadQuoted(ref position);
            case '[':
                return ReadFlowSequence(ref position, depth);
            case '{':
                return ReadFlowMapping(ref position, depth);
        }

        var first = _text[start];

        if (Indicators.Contains(first) || !CountNode())
        {
            return null;
        }

        var end = start;
        while (end < _lineEnd)
        {
            var c = _text[end];
            if (c is ',' or ']' or '}')
            {
                break;
            }

            if (c is '[' or '{' or '#')
            {
                return null;
            }

            if (c == ':' && (end + 1 == _lineEnd || _text[end + 1] is ' ' or ',' or '[' or ']' or '{' or '}'))
            {
                return null;
            }

            end++;
        }

        position = end;
        while (_text[end - 1] == ' ')
        {
            end--;
        }

        return new YamlScalar(Location(start), Scalar(start, end - start), true);
    }

    /// <summary>
    /// Where a plain key that starts at <paramref name="start"/> ends (at its colon), or -1. A key is letters, digits,
    /// '_', '-' and '.', not starting with '-' or '.', and its colon is followed by a space (or, in block context,
    /// the end of the line).
    /// </summary>
    private int KeyEnd(int start, bool flow)
    {
        var i = start;
        while (i < _lineEnd && IsKeyCharacter(_text[i]))
        {
            i++;
        }

        if (i == start || i - start > 128 || i >= _lineEnd || _text[i] != ':' || _text[start] is '-' or '.')
        {
            return -1;
        }

        var next = i + 1;
        return next < _lineEnd ? _text[next] == ' ' ? i : -1 : flow ? -1 : i;
    }

    /// <summary>
    /// The list a collection at <paramref name="depth"/> collects its children in, kept by the thread from file to
    /// file; a collection's children are all deeper than it, so one list per depth is enough.
    /// </summary>
    private static List<T> Scratch<T>(ref List<T>[]? lists, int depth)
    {
        lists ??= new List<T>[16];
        if (depth >= lists.Length)
        {
            Array.Resize(ref lists, Math.Max(depth + 1, lists.Length * 2));
        }

        var list = lists[depth] ??= new List<T>(16);
        list.Clear();
        return list;
    }

    /// <summary>The collected children as an array of their own, leaving the list empty.</summary>
    private static T[] Take<T>(List<T> list)
    {
        var items = list.ToArray();
        list.Clear();
        return items;
    }

    /// <summary>A key's text, shared by every file that uses the same key (the first thousand keys seen are kept).</summary>
    private static string Key(ReadOnlySpan<char> text)
    {
        if (KeyLookup.TryGetValue(text, out var key))
        {
            return key;
        }

        key = text.ToString();
        if (Volatile.Read(ref _keyCount) < MaxSharedKeys && KnownKeys.TryAdd(key, key))
        {
            Interlocked.Increment(ref _keyCount);
        }

        return key;
    }

    /// <summary>
    /// The text of a scalar. A short one (a currency, an ecosystem, a role, a date, a handle) is taken from the strings
    /// this thread made before when one holds the same characters: a registry repeats such values from entry to entry,
    /// and every entry it keeps holds them. The strings are kept in a small table indexed by a hash of their
    /// characters, each slot holding the last string made for it.
    /// </summary>
    private string Scalar(int start, int length)
    {
        if (length > MaxSharedScalar)
        {
            return new string(_text, start, length);
        }

        var text = _text.AsSpan(start, length);
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        var slots = t_scalars ??= new string[SharedScalarSlots];
        ref var slot = ref slots[(int)(hash >> (32 - SharedScalarBits))];
        if (slot is not null && text.SequenceEqual(slot))
        {
            return slot;
        }

        return slot = text.ToString();
    }

    /// <summary>Scalars up to this length are shared by <see cref="Scalar"/>.</summary>
    private const int MaxSharedScalar = 24;

    /// <summary>The table of <see cref="Scalar"/> has 2^<c>SharedScalarBits</c> slots, indexed by the top bits of the hash.</summary>
    private const int SharedScalarBits = 9;

    private const int SharedScalarSlots = 1 << SharedScalarBits;

    [ThreadStatic]
    private static string[]? t_scalars;

    private static bool IsKeyCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';

    private static bool HasKey(List<YamlEntry> entries, string key)
    {
        foreach (var entry in entries)
        {
            if (entry.Key.Text == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether only spaces, or spaces and then a comment, follow <paramref name="position"/> on the line.</summary>
    private bool RestIsComment(int position)
    {
        var i = SkipSpaces(position);
        return i == _lineEnd || (_text[i] == '#' && _text[i - 1] == ' ');
    }

    private int SkipSpaces(int position)
    {
        while (position < _lineEnd && _text[position] == ' ')
        {
            position++;
        }

        return position;
    }

    private bool CountNode() => ++_nodes <= _limits.MaxNodes;

    private SourceLocation Location(int index) => new(_path, _line, index - _lineStart + 1);
}
