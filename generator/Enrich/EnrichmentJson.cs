using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Steady.Enrich;

/// <summary>
/// Writes and reads enrichment files: keys sorted, stable order, two-space indentation, LF line ends,
/// times in UTC as <c>yyyy-MM-ddTHH:mm:ssZ</c>. Reading is strict: anything unexpected is an
/// <see cref="InvalidDataException"/> saying what and where.
/// </summary>
public static class EnrichmentJson
{
    /// <summary>Largest enrichment file read (1 MiB); real ones are under 2 KiB.</summary>
    public const int MaxBytes = 1024 * 1024;

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    // The files are data for the generator and for reviewers of the weekly diff, never inlined into HTML:
    // only what JSON requires is escaped, so names and messages stay readable.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(EnrichmentData data)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteBoolean("archived", data.Archived);
            WriteText(w, "default_branch", data.DefaultBranch);
            w.WriteString("fetched_at", Time(data.FetchedAt));
            WriteText(w, "funding_file", data.FundingFile);
            WriteText(w, "funding_problem", data.FundingProblem);
            w.WriteStartArray("funding_urls");
            foreach (var url in data.FundingUrls)
            {
                w.WriteStringValue(url);
            }

            w.WriteEndArray();
            if (data.LatestRelease is { } release)
            {
                w.WriteStartObject("latest_release");
                WriteText(w, "author", release.Author);
                WriteText(w, "published_at", release.PublishedAt is { } at ? Time(at) : null);
                w.WriteString("tag", release.Tag);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("latest_release");
            }

            WriteText(w, "license", data.License);
            w.WriteStartObject("maintainer_accounts");
            foreach (var (login, exists) in data.MaintainerAccounts.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.WriteBoolean(login, exists);
            }

            w.WriteEndObject();
            w.WriteNumber("open_issues", data.OpenIssues);
            WriteText(w, "pushed_at", data.PushedAt is { } pushed ? Time(pushed) : null);
            w.WriteString("repository", data.Repository);
            w.WriteNumber("schema_version", EnrichmentData.SchemaVersion);
            w.WriteNumber("stars", data.Stars);
            w.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Reads an enrichment file's bytes; <paramref name="name"/> is how the file is named in errors.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an enrichment file of a known version.</exception>
    public static EnrichmentData Read(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length > MaxBytes)
        {
            throw new InvalidDataException($"{name}: file is {bytes.Length:N0} bytes; the limit is {MaxBytes:N0}");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes.ToArray(), new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{name}: not valid JSON (line {ex.LineNumber + 1}): {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{name}: expected a JSON object");
            }

            var version = Number(root, "schema_version", name);
            if (version != EnrichmentData.SchemaVersion)
            {
                throw new InvalidDataException($"{name}: schema_version {version} is not known (expected {EnrichmentData.SchemaVersion})");
            }

            LatestRelease? release = null;
            if (Get(root, "latest_release", name, JsonValueKind.Object, nullable: true) is { } r)
            {
                release = new LatestRelease(
                    Text(r, "tag", name) ?? throw new InvalidDataException($"{name}: latest_release.tag is missing"),
                    TimeOrNull(r, "published_at", name),
                    Text(r, "author", name));
            }

            var urls = Get(root, "funding_urls", name, JsonValueKind.Array, nullable: false)!.Value;
            var accounts = Get(root, "maintainer_accounts", name, JsonValueKind.Object, nullable: false)!.Value;
            return new EnrichmentData(
                Text(root, "repository", name) ?? throw new InvalidDataException($"{name}: repository is missing"),
                Get(root, "archived", name, JsonValueKind.True, nullable: false)!.Value.GetBoolean(),
                Text(root, "default_branch", name),
                TimeOrNull(root, "pushed_at", name),
                Number(root, "stars", name),
                Number(root, "open_issues", name),
                Text(root, "license", name),
                release,
                Text(root, "funding_file", name),
                urls.EnumerateArray().Select(u => u.ValueKind == JsonValueKind.String
                    ? u.GetString()!
                    : throw new InvalidDataException($"{name}: funding_urls holds a {Kind(u.ValueKind)} where text was expected")).ToArray(),
                Text(root, "funding_problem", name),
                accounts.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => throw new InvalidDataException($"{name}: maintainer_accounts.{p.Name} is a {Kind(p.Value.ValueKind)}, expected true or false"),
                }, StringComparer.Ordinal),
                TimeOrNull(root, "fetched_at", name) ?? throw new InvalidDataException($"{name}: fetched_at is missing"));
        }
    }

    private static void WriteText(Utf8JsonWriter w, string key, string? value)
    {
        if (value is null)
        {
            w.WriteNull(key);
        }
        else
        {
            w.WriteString(key, value);
        }
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static JsonElement? Get(JsonElement obj, string key, string name, JsonValueKind kind, bool nullable)
    {
        if (!obj.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return nullable ? null : throw new InvalidDataException($"{name}: {key} is missing");
        }

        var ok = kind == JsonValueKind.True ? value.ValueKind is JsonValueKind.True or JsonValueKind.False : value.ValueKind == kind;
        return ok ? value : throw new InvalidDataException($"{name}: {key} is a {Kind(value.ValueKind)}, expected a {Kind(kind)}");
    }

    private static string? Text(JsonElement obj, string key, string name) =>
        Get(obj, key, name, JsonValueKind.String, nullable: true)?.GetString();

    private static long Number(JsonElement obj, string key, string name) =>
        Get(obj, key, name, JsonValueKind.Number, nullable: false)!.Value.TryGetInt64(out var n) && n >= 0
            ? n
            : throw new InvalidDataException($"{name}: {key} is not a whole number of zero or more");

    private static DateTimeOffset? TimeOrNull(JsonElement obj, string key, string name) =>
        Text(obj, key, name) is not { } text
            ? null
            : DateTimeOffset.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
                ? at
                : throw new InvalidDataException($"{name}: {key} '{text}' is not a time like 2026-01-31T12:00:00Z");

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "list",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "true/false value",
        _ => "null",
    };
}
