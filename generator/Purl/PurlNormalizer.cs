using System.Diagnostics.CodeAnalysis;

namespace Steady.Purl;

/// <summary>
/// Normalises and checks decoded purl components: the generic rules of the purl spec
/// (type characters, qualifier keys, empty values, subpath segments) and the rules of the
/// component's type from <see cref="PurlTypeRules"/>.
/// </summary>
internal static class PurlNormalizer
{
    public static bool TryCreate(
        string? type,
        string? @namespace,
        string? name,
        string? version,
        IEnumerable<KeyValuePair<string, string>>? qualifiers,
        string? subpath,
        [NotNullWhen(true)] out PackageUrl? purl,
        [NotNullWhen(false)] out string? error)
    {
        purl = null;
        if (string.IsNullOrEmpty(type))
        {
            error = "the type is missing";
            return false;
        }

        if (!IsValidType(type))
        {
            error = $"the type '{type}' must start with a letter and hold only letters, digits, '.' and '-'";
            return false;
        }

        type = type.ToLowerInvariant();
        var rule = PurlTypeRules.Find(type);

        var segments = (@namespace ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => PurlTypeRules.NormalizeNamespaceSegment(type, s))
            .ToList();
        var normalizedNamespace = segments.Count == 0 ? null : string.Join('/', segments);
        if (rule?.Namespace == PurlNamespaceRule.Required && normalizedNamespace is null)
        {
            error = $"the type '{type}' needs a namespace (pkg:{type}/namespace/name)";
            return false;
        }

        if (rule?.Namespace == PurlNamespaceRule.Prohibited && normalizedNamespace is not null)
        {
            error = $"the type '{type}' has no namespace, but '{normalizedNamespace}' was given";
            return false;
        }

        var trimmedName = (name ?? string.Empty).Trim('/');
        if (trimmedName.Length == 0)
        {
            error = "the name is missing";
            return false;
        }

        if (trimmedName.Contains('/'))
        {
            error = "the name contains '/'";
            return false;
        }

        var normalizedName = PurlTypeRules.NormalizeName(type, trimmedName);
        var normalizedVersion = string.IsNullOrEmpty(version) ? null : version;

        if (!TryNormalizeQualifiers(qualifiers, out var normalizedQualifiers, out error))
        {
            return false;
        }

        string? normalizedSubpath = null;
        if (!string.IsNullOrEmpty(subpath))
        {
            var subpathSegments = subpath.Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Where(s => s is not "." and not "..")
                .ToList();
            normalizedSubpath = subpathSegments.Count == 0 ? null : string.Join('/', subpathSegments);
        }

        string?[] decoded = [normalizedNamespace, normalizedName, normalizedVersion, normalizedSubpath, .. normalizedQualifiers.Select(q => q.Value)];
        if (FindControlCharacter(decoded) is { } component)
        {
            error = $"a decoded component contains a control character ({component})";
            return false;
        }

        purl = new PackageUrl(type, normalizedNamespace, normalizedName, normalizedVersion, normalizedQualifiers, normalizedSubpath);
        error = null;
        return true;
    }

    private static bool TryNormalizeQualifiers(
        IEnumerable<KeyValuePair<string, string>>? qualifiers,
        out IReadOnlyList<KeyValuePair<string, string>> normalized,
        [NotNullWhen(false)] out string? error)
    {
        // Most purls have none; no collections are made for them.
        if (qualifiers is null or IReadOnlyCollection<KeyValuePair<string, string>> { Count: 0 })
        {
            normalized = [];
            error = null;
            return true;
        }

        var byKey = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rawKey, value) in qualifiers ?? [])
        {
            var key = rawKey.ToLowerInvariant();
            if (!IsValidQualifierKey(key))
            {
                normalized = [];
                error = $"the qualifier key '{rawKey}' must start with a letter and hold only letters, digits, '.', '-' and '_'";
                return false;
            }

            if (!seen.Add(key))
            {
                normalized = [];
                error = $"the qualifier key '{key}' appears more than once";
                return false;
            }

            if (!string.IsNullOrEmpty(value))
            {
                byKey.Add(key, value);
            }
        }

        normalized = byKey.ToList();
        error = null;
        return true;
    }

    /// <summary>The C0 and C1 control characters, with DEL.</summary>
    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(Text.TextRules.ControlCharacters);

    private static string? FindControlCharacter(string?[] values)
    {
        foreach (var value in values)
        {
            // The characters char.IsControl accepts: C0 and DEL with C1.
            if (value is not null && value.AsSpan().ContainsAny(Controls))
            {
                return PurlEncoding.Encode(value, keepSlash: true);
            }
        }

        return null;
    }

    private static bool IsValidType(string type) =>
        char.IsAsciiLetter(type[0]) && !type.AsSpan().ContainsAnyExcept(TypeCharacters);

    private static bool IsValidQualifierKey(string key) =>
        key.Length > 0 && char.IsAsciiLetter(key[0]) && !key.AsSpan().ContainsAnyExcept(QualifierKeyCharacters);

    private static readonly System.Buffers.SearchValues<char> TypeCharacters =
        System.Buffers.SearchValues.Create(PurlEncoding.AsciiLettersAndDigits + ".-");

    private static readonly System.Buffers.SearchValues<char> QualifierKeyCharacters =
        System.Buffers.SearchValues.Create(PurlEncoding.AsciiLettersAndDigits + ".-_");
}
