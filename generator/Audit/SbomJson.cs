using System.Globalization;
using System.Text.Json;

namespace Steady.Audit;

/// <summary>
/// Parses SBOM JSON with hard limits (depth, no duplicate properties, no comments or trailing commas)
/// and turns every failure into an <see cref="AuditInputException"/> with a line and column.
/// </summary>
internal static class SbomJson
{
    public static JsonDocument Parse(ReadOnlyMemory<byte> content, string source)
    {
        var options = new JsonDocumentOptions
        {
            MaxDepth = SbomReader.MaxDepth,
            AllowDuplicateProperties = false,
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
        };

        try
        {
            return JsonDocument.Parse(content, options);
        }
        catch (JsonException e)
        {
            throw Diagnose(content.Span, source, e);
        }
    }

    /// <summary>Reads the content again, token by token, to name the first problem precisely.</summary>
    private static AuditInputException Diagnose(ReadOnlySpan<byte> content, string source, JsonException original)
    {
        var reader = new Utf8JsonReader(content, new JsonReaderOptions { MaxDepth = int.MaxValue });
        var names = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth >= SbomReader.MaxDepth:
                        return new AuditInputException(
                            source,
                            $"JSON nesting is deeper than {SbomReader.MaxDepth} levels at {Position(content, reader.TokenStartIndex)}",
                            original);
                    case JsonTokenType.StartObject:
                        names.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        names.Pop();
                        break;
                    case JsonTokenType.PropertyName when !names.Peek().Add(reader.GetString()!):
                        return new AuditInputException(
                            source,
                            $"duplicate property '{AuditText.Clip(reader.GetString()!, 80)}' at {Position(content, reader.TokenStartIndex)}",
                            original);
                }
            }
        }
        catch (JsonException e)
        {
            var offset = Offset(content, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            var where = $"line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}";
            return offset >= TrimmedLength(content)
                ? new AuditInputException(source, $"the JSON ends early at {where}; the file looks truncated", e)
                : new AuditInputException(source, $"invalid JSON at {where}: {FirstSentence(e.Message)}", e);
        }

        return new AuditInputException(source, $"invalid JSON: {FirstSentence(original.Message)}", original);
    }

    private static string Position(ReadOnlySpan<byte> content, long index)
    {
        var line = 1;
        long lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (content[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"line {line}, column {index - lineStart + 1}");
    }

    private static long Offset(ReadOnlySpan<byte> content, long line, long bytePosition)
    {
        long offset = 0;
        for (var seen = 0L; seen < line && offset < content.Length; offset++)
        {
            if (content[(int)offset] == (byte)'\n')
            {
                seen++;
            }
        }

        return offset + bytePosition;
    }

    private static int TrimmedLength(ReadOnlySpan<byte> content)
    {
        var length = content.Length;
        while (length > 0 && content[length - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            length--;
        }

        return length;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut >= 0 ? message[..cut] : message;
        var path = text.IndexOf(" Path:", StringComparison.Ordinal);
        return AuditText.Clip((path >= 0 ? text[..path] : text).Trim(), 200);
    }
}
