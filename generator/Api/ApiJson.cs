using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Steady.Text;
using Steady.Write;

namespace Steady.Api;

/// <summary>
/// How every JSON file of the site is written: snake_case keys, nulls left out (a field is either present with
/// its one type or absent), indented with two spaces and LF line ends whatever the platform, a final line end.
/// </summary>
public static class ApiJson
{
    /// <summary>
    /// The serializer's settings. The site's documents are written through <see cref="Utf8JsonWriter"/>s made with
    /// the relaxed encoder, so these settings leave the encoder unset: that lets the serializer use the code
    /// <see cref="ApiJsonContext"/> made for each type. Every type the site writes is in the context; nothing is
    /// serialized by reflection.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        TypeInfoResolver = ApiJsonContext.Default,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
    };

    /// <summary>How <see cref="Options"/> writes and reads a <typeparamref name="T"/>: the code the context made for it.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not in <see cref="ApiJsonContext"/>.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>() => Options.TypeInfo<T>();

    /// <summary>The encoder of every JSON file: only what JSON requires is escaped, so text stays readable.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary><see cref="Options"/> with <see cref="Encoder"/>, for text the serializer writes on its own.</summary>
    public static readonly JsonSerializerOptions TextOptions = new(Options) { Encoder = Encoder };

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = Encoder,
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
    };

    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = Encoder };

    /// <summary>Serializes <paramref name="value"/> and hands the bytes to the sink.</summary>
    public static void Write<T>(IOutputSink sink, string sitePath, T value)
    {
        using var buffer = new SegmentedBuffer();
        Serialize(buffer, value);
        buffer.WriteTo(sink, sitePath);
    }

    /// <summary>Serializes <paramref name="value"/> into <paramref name="buffer"/>: the bytes <see cref="Write{T}"/> writes to a file.</summary>
    public static void Serialize<T>(SegmentedBuffer buffer, T value)
    {
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, TypeInfo<T>());
        }

        buffer.Write("\n"u8);
    }

    /// <summary>
    /// Writes a document with <paramref name="body"/>, piece by piece. <paramref name="indented"/> false writes it on
    /// one line, for files so large that indentation would cost more than it helps a reader.
    /// </summary>
    public static void Write(IOutputSink sink, string sitePath, Action<Utf8JsonWriter> body, bool indented = true)
    {
        using var buffer = new SegmentedBuffer();
        using (var writer = new Utf8JsonWriter(buffer, indented ? WriterOptions : CompactOptions))
        {
            body(writer);
        }

        buffer.Write("\n"u8);
        buffer.WriteTo(sink, sitePath);
    }

    /// <summary>
    /// Serializes <paramref name="value"/> as <see cref="Write{T}"/> does, to the same bytes, but streams them into the
    /// sink's file as they are made: for the site-wide files whose size grows with the registry.
    /// </summary>
    public static void WriteLarge<T>(IOutputSink sink, string sitePath, T value) =>
        WriteStream(sink, sitePath, writer => JsonSerializer.Serialize(writer, value, TypeInfo<T>()));

    /// <summary>
    /// Writes a document with <paramref name="body"/> straight into the sink's file (<see cref="IOutputSink.WriteStream"/>):
    /// the writer's output spills to the file a segment at a time, so only a segment of it is in memory.
    /// The bytes are those of <see cref="Write(IOutputSink, string, Action{Utf8JsonWriter}, bool)"/>.
    /// </summary>
    public static void WriteStream(IOutputSink sink, string sitePath, Action<Utf8JsonWriter> body, bool indented = true) =>
        sink.WriteStream(sitePath, stream =>
        {
            using var buffer = new SegmentedBuffer(stream);
            using (var writer = new Utf8JsonWriter(buffer, indented ? WriterOptions : CompactOptions))
            {
                body(writer);
            }

            buffer.Write("\n"u8);
            buffer.Flush();
        });
}
