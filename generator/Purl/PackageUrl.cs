using System.Diagnostics.CodeAnalysis;

namespace Steady.Purl;

/// <summary>
/// A package URL (purl, https://github.com/package-url/purl-spec) in normalised form:
/// type lowercase, namespace and name folded by the rules of their type, components percent-decoded,
/// empty qualifiers dropped and the rest sorted by key. <see cref="ToString"/> gives the canonical text.
/// Two values are equal when their canonical texts are equal.
/// </summary>
/// <param name="Type">The package type, lowercase (for example <c>npm</c>, <c>deb</c>, <c>github</c>).</param>
/// <param name="Namespace">The decoded namespace, segments joined by <c>/</c>, or null.</param>
/// <param name="Name">The decoded name.</param>
/// <param name="Version">The decoded version, or null.</param>
/// <param name="Qualifiers">The qualifiers with lowercase keys, sorted by key.</param>
/// <param name="Subpath">The decoded subpath, segments joined by <c>/</c>, or null.</param>
public sealed record PackageUrl(
    string Type,
    string? Namespace,
    string Name,
    string? Version,
    IReadOnlyList<KeyValuePair<string, string>> Qualifiers,
    string? Subpath)
{
    /// <summary>Longest purl text accepted, in characters.</summary>
    public const int MaxLength = 4096;

    /// <summary>
    /// The package without version, qualifiers or subpath, in canonical form
    /// (<c>pkg:type/namespace/name</c>): the key of version-insensitive matching.
    /// </summary>
    public string VersionlessKey => PurlFormatter.Format(this, includeDetails: false);

    /// <summary>
    /// Parses and normalises a purl. On failure <paramref name="error"/> is a one-line message naming what is wrong.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PackageUrl? purl, [NotNullWhen(false)] out string? error) =>
        PurlParser.TryParse(text, out purl, out error);

    /// <summary>Parses and normalises a purl, or throws <see cref="FormatException"/> with the parse error.</summary>
    public static PackageUrl Parse(string text) =>
        TryParse(text, out var purl, out var error) ? purl : throw new FormatException($"Invalid purl '{text}': {error}");

    /// <summary>
    /// Builds a purl from decoded components, applying the same normalisation and checks as <see cref="TryParse"/>.
    /// </summary>
    public static bool TryCreate(
        string? type,
        string? @namespace,
        string? name,
        string? version,
        IEnumerable<KeyValuePair<string, string>>? qualifiers,
        string? subpath,
        [NotNullWhen(true)] out PackageUrl? purl,
        [NotNullWhen(false)] out string? error) =>
        PurlNormalizer.TryCreate(type, @namespace, name, version, qualifiers, subpath, out purl, out error);

    /// <summary>The canonical purl text.</summary>
    public override string ToString() => PurlFormatter.Format(this, includeDetails: true);

    /// <summary>True when both purls have the same canonical text.</summary>
    public bool Equals(PackageUrl? other) =>
        other is not null && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
}
