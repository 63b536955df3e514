using System.Globalization;
using System.Text.Json;

namespace Steady.Audit;

/// <summary>
/// Reads an SBOM file, detecting its format from the content: a JSON object with <c>bomFormat</c> is
/// CycloneDX, one with <c>spdxVersion</c> is SPDX, text whose lines start with <c>pkg:</c> is a purl list.
/// SBOMs are untrusted input. Every problem is an <see cref="AuditInputException"/> whose message names
/// the file and one of these causes:
/// <list type="bullet">
/// <item>"file not found", "is a folder, not a file", "cannot be read: ..."</item>
/// <item>"the file is N bytes; SBOMs over 32 MiB are not read" (checked before reading)</item>
/// <item>"the file is empty"</item>
/// <item>"the JSON ends early at line L, column C; the file looks truncated"</item>
/// <item>"JSON nesting is deeper than 64 levels at line L, column C"</item>
/// <item>"invalid JSON at line L, column C: ...", "duplicate property 'x' at line L, column C"</item>
/// <item>"$.components[3].name: expected a string, found a number" and other wrong types, by JSON path</item>
/// <item>"$.components[3]: the required string 'name' is missing or empty"</item>
/// <item>"a JSON object with neither 'bomFormat' (CycloneDX) nor 'spdxVersion' (SPDX)", XML, SPDX tag-value,
/// unsupported versions, and "line N: expected a purl starting with 'pkg:'" for text</item>
/// </list>
/// </summary>
public static class SbomReader
{
    /// <summary>Largest SBOM read, in bytes (32 MiB).</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    /// <summary>Deepest JSON nesting accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>Reads the SBOM at <paramref name="path"/>; <paramref name="displayName"/> (default: the path) names it in messages.</summary>
    public static SbomDocument Read(string path, string? displayName = null)
    {
        var source = displayName ?? path;
        return Parse(ReadCapped(path, source), source);
    }

    /// <summary>Reads an SBOM from its bytes; <paramref name="source"/> names it in messages.</summary>
    public static SbomDocument Parse(ReadOnlyMemory<byte> content, string source)
    {
        var span = content.Span;
        var start = span.StartsWith("\uFEFF"u8) ? 3 : 0;
        while (start < span.Length && span[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start == span.Length)
        {
            throw new AuditInputException(source, "the file is empty");
        }

        var body = content[start..];
        switch (span[start])
        {
            case (byte)'{':
                return ParseJson(body, source);
            case (byte)'[':
                throw new AuditInputException(source, "a JSON array is not an SBOM; expected a CycloneDX or SPDX JSON object");
            case (byte)'<':
                throw new AuditInputException(source, "looks like XML; only CycloneDX JSON, SPDX JSON and purl lists are read");
        }

        if (body.Span.StartsWith("SPDXVersion:"u8))
        {
            throw new AuditInputException(source, "looks like SPDX tag-value; only SPDX JSON is read");
        }

        return PurlListReader.Read(body.Span, source);
    }

    private static SbomDocument ParseJson(ReadOnlyMemory<byte> content, string source)
    {
        using var document = SbomJson.Parse(content, source);
        var root = document.RootElement;
        if (root.TryGetProperty("bomFormat", out _))
        {
            return CycloneDxReader.Read(root, source);
        }

        if (root.TryGetProperty("spdxVersion", out _))
        {
            return SpdxReader.Read(root, source);
        }

        throw new AuditInputException(source, "a JSON object with neither 'bomFormat' (CycloneDX) nor 'spdxVersion' (SPDX)");
    }

    private static byte[] ReadCapped(string path, string source)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new AuditInputException(source, "is a folder, not a file");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new AuditInputException(source, "file not found");
            }

            if (info.Length > MaxBytes)
            {
                throw TooLarge(source, info.Length);
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    throw TooLarge(source, buffer.Length + read);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new AuditInputException(source, $"cannot be read: {AuditText.Clip(e.Message, 200)}", e);
        }
    }

    private static AuditInputException TooLarge(string source, long size) =>
        new(source, string.Create(
            CultureInfo.InvariantCulture,
            $"the file is {size} bytes ({size / 1024.0 / 1024.0:0.0} MiB); SBOMs over {MaxBytes / 1024 / 1024} MiB are not read"));
}
