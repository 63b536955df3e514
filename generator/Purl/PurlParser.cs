using System.Diagnostics.CodeAnalysis;

namespace Steady.Purl;

/// <summary>
/// Splits purl text into its components and percent-decodes them, following the purl-spec
/// "how to parse" algorithm, then hands them to <see cref="PurlNormalizer"/>.
/// Lenient where the spec is: any number of <c>/</c> after <c>pkg:</c>, mixed-case type and keys,
/// an unencoded <c>@</c> in an npm scope.
/// </summary>
internal static class PurlParser
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out PackageUrl? purl, [NotNullWhen(false)] out string? error)
    {
        purl = null;
        if (!TrySplit(text, out var parts, out error))
        {
            return false;
        }

        var (type, @namespace, name, version, qualifiers, subpath) = parts;
        return PurlNormalizer.TryCreate(type, @namespace, name, version, qualifiers, subpath, out purl, out error);
    }

    private static bool TrySplit(
        string? text,
        out (string Type, string? Namespace, string Name, string? Version, IReadOnlyList<KeyValuePair<string, string>> Qualifiers, string? Subpath) parts,
        [NotNullWhen(false)] out string? error)
    {
        parts = default;
        if (string.IsNullOrEmpty(text))
        {
            error = "the purl is empty";
            return false;
        }

        if (text.Length > PackageUrl.MaxLength)
        {
            error = $"the purl is longer than {PackageUrl.MaxLength} characters";
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) || char.IsWhiteSpace(text[i]))
            {
                error = $"character {i + 1} is a space or control character; percent-encode it";
                return false;
            }
        }

        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            error = "the 'pkg:' scheme is missing";
            return false;
        }

        if (!text.AsSpan(0, colon).Equals("pkg", StringComparison.OrdinalIgnoreCase))
        {
            error = $"the scheme is '{text[..colon]}:', not 'pkg:'";
            return false;
        }

        var rest = text[(colon + 1)..];
        string? subpath = null;
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            if (!TryDecodeSegments(rest[(hash + 1)..], "subpath", out subpath, out error))
            {
                return false;
            }

            rest = rest[..hash];
        }

        var question = rest.IndexOf('?');
        IReadOnlyList<KeyValuePair<string, string>> qualifiers = [];
        if (question >= 0)
        {
            var split = new List<KeyValuePair<string, string>>();
            qualifiers = split;
            if (!TrySplitQualifiers(rest[(question + 1)..], split, out error))
            {
                return false;
            }

            rest = rest[..question];
        }

        rest = rest.TrimStart('/');
        var slash = rest.IndexOf('/');
        if (slash < 0)
        {
            error = rest.Length == 0 || rest.Contains('@')
                ? "the type or the name is missing (expected pkg:type/name)"
                : "the name is missing (expected pkg:type/name)";
            return false;
        }

        var type = rest[..slash];
        rest = rest[(slash + 1)..];

        string? version = null;
        var at = rest.LastIndexOf('@');
        if (at >= 0 && rest.IndexOf('/', at) < 0)
        {
            if (at == rest.Length - 1)
            {
                error = "'@' is not followed by a version";
                return false;
            }

            if (!PurlEncoding.TryDecode(rest[(at + 1)..], out var decodedVersion, out var versionError))
            {
                error = $"the version is badly encoded: {versionError}";
                return false;
            }

            version = decodedVersion;
            rest = rest[..at];
        }

        rest = rest.TrimEnd('/');
        var lastSlash = rest.LastIndexOf('/');
        var rawName = lastSlash < 0 ? rest : rest[(lastSlash + 1)..];
        if (!PurlEncoding.TryDecode(rawName, out var name, out var nameError))
        {
            error = $"the name is badly encoded: {nameError}";
            return false;
        }

        string? @namespace = null;
        if (lastSlash >= 0 && !TryDecodeSegments(rest[..lastSlash], "namespace", out @namespace, out error))
        {
            return false;
        }

        parts = (type, @namespace, name, version, qualifiers, subpath);
        error = null;
        return true;
    }

    private static bool TrySplitQualifiers(string text, List<KeyValuePair<string, string>> qualifiers, [NotNullWhen(false)] out string? error)
    {
        foreach (var pair in text.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            if (equals < 0)
            {
                error = $"the qualifier '{pair}' has no '=' between key and value";
                return false;
            }

            if (!PurlEncoding.TryDecode(pair[(equals + 1)..], out var value, out var valueError))
            {
                error = $"the value of qualifier '{pair[..equals]}' is badly encoded: {valueError}";
                return false;
            }

            qualifiers.Add(new(pair[..equals], value));
        }

        error = null;
        return true;
    }

    private static bool TryDecodeSegments(string text, string component, out string? joined, [NotNullWhen(false)] out string? error)
    {
        joined = null;
        var segments = new List<string>();
        foreach (var raw in text.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!PurlEncoding.TryDecode(raw, out var segment, out var segmentError))
            {
                error = $"the {component} is badly encoded: {segmentError}";
                return false;
            }

            if (segment.Contains('/'))
            {
                error = $"a {component} segment contains an encoded '/'";
                return false;
            }

            segments.Add(segment);
        }

        joined = segments.Count == 0 ? null : string.Join('/', segments);
        error = null;
        return true;
    }
}
