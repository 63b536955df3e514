using System.Text.RegularExpressions;
using Steady.Diagnostics;
using Steady.Load;

namespace Steady.Enrich;

/// <summary>
/// Turns a repository's <c>FUNDING.yml</c> (written by whoever controls the repository, so untrusted) into URLs.
/// It is read with <see cref="SafeYamlReader"/> under small limits: anchors, aliases, tags and oversized files
/// are rejected; each known key takes one value or a list; unknown keys and values that are not plain names
/// (or, for <c>custom</c>, http(s) addresses) are ignored.
/// </summary>
public static partial class FundingFile
{
    /// <summary>Largest funding file read (64 KiB); GitHub's own limit of four values per key fits in a few hundred bytes.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>Most URLs taken from one file.</summary>
    public const int MaxUrls = 64;

    private const int MaxUrlLength = 2000;

    private static readonly YamlLimits Limits = new() { MaxBytes = MaxBytes, MaxDepth = 4, MaxNodes = 2000 };

    private static readonly Dictionary<string, Func<string, string?>> Platforms = new(StringComparer.Ordinal)
    {
        ["github"] = v => Name(v, "https://github.com/sponsors/"),
        ["patreon"] = v => Name(v, "https://www.patreon.com/"),
        ["open_collective"] = v => Name(v, "https://opencollective.com/"),
        ["ko_fi"] = v => Name(v, "https://ko-fi.com/"),
        ["tidelift"] = v => Segments(v, "https://tidelift.com/funding/github/", segments: 2),
        ["community_bridge"] = v => Name(v, "https://funding.communitybridge.org/projects/"),
        ["liberapay"] = v => Name(v, "https://liberapay.com/"),
        ["issuehunt"] = v => Name(v, "https://issuehunt.io/r/"),
        ["lfx_crowdfunding"] = v => Name(v, "https://crowdfunding.lfx.linuxfoundation.org/projects/"),
        ["polar"] = v => Name(v, "https://polar.sh/"),
        ["buy_me_a_coffee"] = v => Name(v, "https://buymeacoffee.com/"),
        ["thanks_dev"] = v => Segments(v, "https://thanks.dev/", segments: 3),
        ["custom"] = Custom,
    };

    /// <summary>The keys a funding file may use; all others are ignored.</summary>
    public static IReadOnlyCollection<string> Keys => Platforms.Keys;

    /// <summary>Reads a funding file's bytes; <paramref name="displayPath"/> names it in problems.</summary>
    public static FundingResult Parse(ReadOnlySpan<byte> bytes, string displayPath)
    {
        if (bytes.Length > MaxBytes)
        {
            return TooLarge(displayPath, bytes.Length);
        }

        var bag = new DiagnosticBag();
        var root = SafeYamlReader.Read(bytes, displayPath, bag, Limits);
        if (root is null)
        {
            var first = bag.Sorted().FirstOrDefault(d => d.IsError);
            return first is null || first.Code == DiagnosticCodes.Empty
                ? FundingResult.None
                : FundingResult.Rejected($"{first.At.Path}:{first.At.Line}:{first.At.Column}: {first.Message}");
        }

        if (root is not YamlMapping mapping)
        {
            return FundingResult.Rejected($"{displayPath}: expected keys such as `github:` at the top level");
        }

        var urls = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (!Platforms.TryGetValue(entry.Key.Text, out var toUrl))
            {
                continue;
            }

            IEnumerable<YamlValue> values = entry.Value switch
            {
                YamlScalar scalar => [scalar],
                YamlSequence list => list.Items,
                _ => [],
            };
            foreach (var value in values)
            {
                if (value is YamlScalar { IsNull: false } text && toUrl(text.Text.Trim()) is { Length: <= MaxUrlLength } url)
                {
                    urls.Add(url);
                }
            }
        }

        return new FundingResult(urls.Take(MaxUrls).ToArray(), null);
    }

    /// <summary>The problem recorded for a file over <see cref="MaxBytes"/>.</summary>
    public static FundingResult TooLarge(string displayPath, long length) => FundingResult.Rejected(length > 0
        ? $"{displayPath}: file is {length:N0} bytes; the limit is {MaxBytes:N0}"
        : $"{displayPath}: file is larger than the limit of {MaxBytes:N0} bytes");

    private static string? Name(string value, string prefix) =>
        NamePattern().IsMatch(value) ? prefix + value : null;

    private static string? Segments(string value, string prefix, int segments)
    {
        var parts = value.Split('/');
        return parts.Length == segments && parts.All(p => NamePattern().IsMatch(p)) ? prefix + value : null;
    }

    private static string? Custom(string value)
    {
        var candidate = value.Contains("://", StringComparison.Ordinal) ? value : "https://" + value;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) &&
               (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) &&
               uri.Host.Contains('.', StringComparison.Ordinal) && string.IsNullOrEmpty(uri.UserInfo) &&
               !candidate.Any(char.IsWhiteSpace) && !candidate.Any(char.IsControl)
            ? uri.AbsoluteUri
            : null;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
