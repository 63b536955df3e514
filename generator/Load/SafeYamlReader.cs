using System.Buffers;
using System.Text;
using Steady.Diagnostics;
using Steady.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Steady.Load;

/// <summary>
/// Reads one YAML document that nobody vouches for. Anchors, aliases, merge keys, tags, duplicate keys,
/// oversized files, deep nesting, invalid UTF-8 and control characters are reported, never trusted;
/// nothing here throws on bad input. A UTF-8 BOM and CRLF line ends are accepted.
/// </summary>
public static class SafeYamlReader
{
    /// <summary>Reads a file from disk, checking its size before reading it.</summary>
    public static YamlValue? ReadFile(string fullPath, string displayPath, DiagnosticBag bag, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        using var handle = File.OpenHandle(fullPath);
        var length = RandomAccess.GetLength(handle);
        if (length > limits.MaxBytes)
        {
            bag.Error(DiagnosticCodes.TooLarge, SourceLocation.StartOf(displayPath),
                $"file is {length:N0} bytes; the limit is {limits.MaxBytes:N0}",
                "registry files are small; split the text or remove what does not belong in the entry");
            return null;
        }

        // The bytes are decoded into a string and not kept, so they go in a rented buffer.
        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var read = 0;
            while (read < length)
            {
                var n = RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            return Read(buffer.AsSpan(0, read), displayPath, bag, limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a document from bytes.</summary>
    public static YamlValue? Read(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag bag, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        if (bytes.Length > limits.MaxBytes)
        {
            bag.Error(DiagnosticCodes.TooLarge, SourceLocation.StartOf(displayPath),
                $"file is {bytes.Length:N0} bytes; the limit is {limits.MaxBytes:N0}",
                "registry files are small; split the text or remove what does not belong in the entry");
            return null;
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        // The text is decoded into a rented array: the values read from it are strings of their own.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            if (DecodeUtf8(bytes, chars, displayPath, bag) is not { } length || !CheckCharacters(chars.AsSpan(0, length), displayPath, bag))
            {
                return null;
            }

            if (!HasContent(chars.AsSpan(0, length)))
            {
                bag.Error(DiagnosticCodes.Empty, SourceLocation.StartOf(displayPath), "file is empty",
                    "write the entry's keys, or run `steady new <slug>` for a commented template");
                return null;
            }

            return BlockYamlReader.TryRead(chars, length, displayPath, limits)
                ?? new Builder(new string(chars, 0, length), displayPath, bag, limits).Build();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Reads decoded, checked text with YamlDotNet alone, as every file outside the fast reader's subset is read.</summary>
    internal static YamlValue? ReadWithYamlDotNet(string text, string displayPath, DiagnosticBag bag, YamlLimits limits) =>
        new Builder(text, displayPath, bag, limits).Build();

    /// <summary>Decodes the bytes into <paramref name="chars"/> (at least as long); the count of characters, or null when the bytes are not UTF-8.</summary>
    private static int? DecodeUtf8(ReadOnlySpan<byte> bytes, char[] chars, string path, DiagnosticBag bag)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return written;
        }

        var (line, column) = Position(new string(chars, 0, written));
        bag.Error(DiagnosticCodes.InvalidUtf8, new SourceLocation(path, line, column),
            $"invalid UTF-8 byte 0x{bytes[read]:X2} at byte offset {read}",
            "save the file as UTF-8 (most editors have an 'encoding' setting)");
        return null;
    }

    /// <summary>
    /// Printable ASCII and line feed: a file made only of these has no tab, carriage return or control character,
    /// which one vectorised search shows before any character is looked at one by one.
    /// </summary>
    private static readonly SearchValues<char> PlainText =
        SearchValues.Create("\n" + Text.TextRules.PrintableAscii);

    private static bool CheckCharacters(ReadOnlySpan<char> text, string path, DiagnosticBag bag)
    {
        // Letters beyond ASCII are skipped by the same search; only a tab, a carriage return or a character that may
        // be forbidden sends the file through the loop below, which tracks lines and columns for the report.
        var span = text;
        var at = span.IndexOfAnyExcept(PlainText);
        while (at >= 0 && span[at] >= '\u00A0' && !IsForbidden(span[at], '\0'))
        {
            var next = span[(at + 1)..].IndexOfAnyExcept(PlainText);
            at = next < 0 ? -1 : at + 1 + next;
        }

        if (at < 0)
        {
            return true;
        }

        var ok = true;
        int line = 1, column = 1, reported = 0;
        var lineStart = true;
        for (var i = 0; i < text.Length && reported < 10; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                column = 1;
                lineStart = true;
                continue;
            }

            if (c == '\t' && lineStart)
            {
                bag.Error(DiagnosticCodes.Tab, new SourceLocation(path, line, column), "tab used for indentation",
                    "indent with spaces; YAML does not allow tabs for indentation");
                ok = false;
                reported++;
                lineStart = false;
            }
            else if (IsForbidden(c, i + 1 < text.Length ? text[i + 1] : '\0'))
            {
                bag.Error(DiagnosticCodes.ControlCharacter, new SourceLocation(path, line, column),
                    $"control character U+{(int)c:X4} is not allowed",
                    "remove the character; it is invisible in most editors (try showing whitespace)");
                ok = false;
                reported++;
            }
            else if (c != ' ' && c != '\t')
            {
                lineStart = false;
            }

            column++;
        }

        return ok;
    }

    private static bool IsForbidden(char c, char next) =>
        (c < 0x20 && c is not '\t' and not '\n' and not '\r') || (c == '\r' && next != '\n') ||
        (c >= 0x7F && c <= 0x9F) || c == '\uFEFF' || c is '\uFFFE' or '\uFFFF' ||
        (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    private static (int Line, int Column) Position(string prefix)
    {
        var line = 1 + prefix.Count(c => c == '\n');
        var column = prefix.Length - (prefix.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }

    /// <summary>Whether any line holds more than a comment or a document marker (<c>---</c>, <c>...</c>).</summary>
    private static bool HasContent(ReadOnlySpan<char> text)
    {
        foreach (var line in text.EnumerateLines())
        {
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty && trimmed[0] != '#' && !trimmed.SequenceEqual("---") && !trimmed.SequenceEqual("..."))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Builder(string text, string path, DiagnosticBag bag, YamlLimits limits)
    {
        private readonly IParser _parser = new Parser(new StringReader(text));
        private int _nodes;
        private Mark _last = Mark.Empty;

        public YamlValue? Build()
        {
            try
            {
                _parser.MoveNext();
                Expect<StreamStart>();
                if (_parser.Current is StreamEnd)
                {
                    bag.Error(DiagnosticCodes.Empty, SourceLocation.StartOf(path), "file is empty",
                        "write the entry's keys, or run `steady new <slug>` for a commented template");
                    return null;
                }

                Expect<DocumentStart>();
                var root = ReadValue(1);
                if (root is null)
                {
                    return null;
                }

                Expect<DocumentEnd>();
                if (_parser.Current is DocumentStart next)
                {
                    bag.Error(DiagnosticCodes.MultipleDocuments, At(next.Start), "a second YAML document starts here",
                        "one file holds one entry; remove the `---` line and what follows, or move it to its own file");
                    return null;
                }

                return root;
            }
            catch (YamlException ex)
            {
                bag.Error(DiagnosticCodes.Syntax, At(ex.Start), CleanMessage(ex.Message),
                    "check the indentation and quoting on this line and the one above it");
                return null;
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
            {
                // The scanner fails this way on a few malformed inputs (an unclosed flow collection at the end of
                // the file, for instance); the problem is in the file, so it is reported like any syntax error.
                bag.Error(DiagnosticCodes.Syntax, At(_last), "the YAML could not be read after this point (an unclosed bracket or quote?)",
                    "check that every [, { and quote opened on or after this line is closed");
                return null;
            }
        }

        private void Expect<T>()
            where T : ParsingEvent
        {
            if (_parser.Current is not T)
            {
                var at = _parser.Current?.Start ?? Mark.Empty;
                throw new YamlException(at, at, $"unexpected {_parser.Current?.GetType().Name ?? "end of file"}");
            }

            _parser.MoveNext();
        }

        private YamlValue? ReadValue(int depth)
        {
            var current = _parser.Current ?? throw new YamlException("unexpected end of the file");
            _last = current.Start;
            if (++_nodes > limits.MaxNodes)
            {
                bag.Error(DiagnosticCodes.TooLarge, At(current.Start), $"more than {limits.MaxNodes:N0} values in one file",
                    "registry files are small; remove what does not belong in the entry");
                return null;
            }

            if (current is AnchorAlias alias)
            {
                return AliasError(alias.Start, $"alias '*{alias.Value}' is not allowed");
            }

            if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                return AliasError(anchored.Start, $"anchor '&{anchored.Anchor}' is not allowed");
            }

            if (current is NodeEvent { Tag.IsEmpty: false } tagged && !(tagged is Scalar { IsQuotedImplicit: true } && tagged.Tag.Value == "!"))
            {
                bag.Error(DiagnosticCodes.Tag, At(tagged.Start), $"tag '{tagged.Tag}' is not allowed",
                    "remove the tag; quote the value if it should be text");
                return null;
            }

            if (depth > limits.MaxDepth && current is MappingStart or SequenceStart)
            {
                bag.Error(DiagnosticCodes.TooDeep, At(current.Start), $"values are nested more than {limits.MaxDepth} levels deep",
                    "registry entries need only a few levels; flatten the structure");
                return null;
            }

            switch (current)
            {
                case Scalar scalar:
                    _parser.MoveNext();
                    return new YamlScalar(At(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
                case SequenceStart start:
                {
                    _parser.MoveNext();
                    var items = new List<YamlValue>();
                    while (_parser.Current is not SequenceEnd)
                    {
                        var item = ReadValue(depth + 1);
                        if (item is null)
                        {
                            return null;
                        }

                        items.Add(item);
                    }

                    _parser.MoveNext();
                    return new YamlSequence(At(start.Start), items);
                }

                case MappingStart start:
                    return ReadMapping(start, depth);
                default:
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
            }
        }

        private YamlMapping? ReadMapping(MappingStart start, int depth)
        {
            _parser.MoveNext();
            var entries = new List<YamlEntry>();
            var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            var ok = true;
            while (_parser.Current is not MappingEnd)
            {
                var keyEvent = _parser.Current;
                if (keyEvent is not Scalar)
                {
                    var rejected = ReadValue(depth + 1);
                    if (rejected is null)
                    {
                        return null;
                    }

                    bag.Error(DiagnosticCodes.Syntax, rejected.At, "a key must be plain text",
                        "write keys as plain words such as `name:`");
                    return null;
                }

                var key = (YamlScalar?)ReadValue(depth + 1);
                if (key is null)
                {
                    return null;
                }

                if (key.Plain && key.Text == "<<")
                {
                    bag.Error(DiagnosticCodes.MergeKey, key.At, "merge key '<<' is not allowed",
                        "write the keys out in full; entries must be readable without expansion");
                    return null;
                }

                var value = ReadValue(depth + 1);
                if (value is null)
                {
                    return null;
                }

                if (seen.TryGetValue(key.Text, out var first))
                {
                    bag.Error(DiagnosticCodes.DuplicateKey, key.At,
                        $"duplicate key '{key.Text}' (first at line {first.Line})",
                        "keep one of them; YAML would silently use only one");
                    ok = false;
                    continue;
                }

                seen.Add(key.Text, key.At);
                entries.Add(new YamlEntry(key, value));
            }

            _parser.MoveNext();
            return ok ? new YamlMapping(At(start.Start), entries) : null;
        }

        private YamlValue? AliasError(Mark at, string message)
        {
            bag.Error(DiagnosticCodes.Alias, At(at), message,
                "write the value out in full; anchors and aliases are not accepted in the registry");
            return null;
        }

        private SourceLocation At(Mark mark) => new(path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

        private static string CleanMessage(string message)
        {
            // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the location is ours to print.
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            var clean = cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
            clean = clean.Trim();
            return clean.Length > 0 ? char.ToLowerInvariant(clean[0]) + clean[1..].TrimEnd('.') : "invalid YAML";
        }
    }
}
