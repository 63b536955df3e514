using System.Text;

namespace Steady.Audit;

/// <summary>
/// Reads a plain list of purls: one a line, surrounding spaces ignored, blank lines and lines whose
/// first non-space character is <c>#</c> skipped. A line that does not start with <c>pkg:</c> means the
/// file is not a purl list (an error); a line that starts with it but does not parse is a warning.
/// </summary>
internal static class PurlListReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SbomDocument Read(ReadOnlySpan<byte> content, string source)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException e)
        {
            throw new AuditInputException(source, $"not a CycloneDX JSON, SPDX JSON or purl list: invalid UTF-8 at byte {e.Index}", e);
        }

        var collector = new DependencyCollector();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!line.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase))
            {
                throw new AuditInputException(
                    source,
                    $"line {lineNumber}: expected a purl starting with 'pkg:', found '{AuditText.Clip(line, 60)}' (not a CycloneDX JSON, SPDX JSON or purl list)");
            }

            collector.Add(null, null, line, null, $"line {lineNumber}", lineNumber);
        }

        return new SbomDocument(source, SbomFormat.PurlList, null, collector.Dependencies, collector.Warnings);
    }
}
