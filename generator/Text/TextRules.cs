using System.Text.RegularExpressions;
using Steady.Model;

namespace Steady.Text;

/// <summary>The shapes of text values: one place used by the loader, the validator, the guard and the schema.</summary>
public static partial class TextRules
{
    public const string SlugPattern = "^[a-z0-9][a-z0-9-]{0,62}$";
    public const string GithubLoginPattern = "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$";
    public const string CurrencyPattern = "^[A-Z]{3}$";
    public const string EcosystemPattern = "^[a-z0-9][a-z0-9.+-]{0,39}$";

    [GeneratedRegex(SlugPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    [GeneratedRegex(GithubLoginPattern, RegexOptions.CultureInvariant)]
    private static partial Regex GithubLogin();

    [GeneratedRegex(CurrencyPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Currency();

    [GeneratedRegex(EcosystemPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Ecosystem();

    public static bool IsSlug(string value) => Slug().IsMatch(value);

    public static bool IsGithubLogin(string value) => GithubLogin().IsMatch(value);

    /// <summary>An absolute http or https URL with a host and no credentials or whitespace.</summary>
    public static bool IsHttpUrl(string value) => TryHttpUrl(value, out _);

    /// <summary><see cref="IsHttpUrl"/>, with the parsed address when it is one.</summary>
    /// <remarks>
    /// The host's type and the user information are looked at without making <see cref="Uri"/> split the whole address
    /// into its parts, which costs several times the parse itself: an address without '@' has no user information, and
    /// a parsed host of a known type is not empty.
    /// </remarks>
    public static bool TryHttpUrl(string value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        return (value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) &&
            !HasWhiteSpaceOrControl(value) &&
            Uri.TryCreate(value, UriKind.Absolute, out uri) &&
            (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) &&
            uri.HostNameType != UriHostNameType.Unknown &&
            (!value.Contains('@', StringComparison.Ordinal) || uri.UserInfo.Length == 0);
    }

    private static bool HasWhiteSpaceOrControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks a value against its kind; returns null when it fits, else a message and a fix.</summary>
    public static (string Code, string Message, string Hint)? Check(TextKind kind, string value) => kind switch
    {
        TextKind.Url when !IsHttpUrl(value) => (Diagnostics.DiagnosticCodes.BadUrl,
            $"'{Shorten(value)}' is not an absolute http(s) URL", "write a full https:// address; other schemes (javascript:, data:, file:) are refused"),
        TextKind.GithubLogin when !IsGithubLogin(value) => (Diagnostics.DiagnosticCodes.BadSlug,
            $"'{Shorten(value)}' is not a GitHub login", "write the login as on github.com (letters, digits and single hyphens, at most 39), without @"),
        TextKind.Slug when !IsSlug(value) => (Diagnostics.DiagnosticCodes.BadSlug,
            $"'{Shorten(value)}' is not a slug", "a slug is lowercase letters, digits and hyphens, starting with a letter or digit, at most 63"),
        TextKind.SlugOrUrl when !IsSlug(value) && !IsHttpUrl(value) => (Diagnostics.DiagnosticCodes.BadSlug,
            $"'{Shorten(value)}' is neither a registry slug nor an http(s) URL", "name the successor by its registry slug or its https:// address"),
        TextKind.Currency when !Currency().IsMatch(value) => (Diagnostics.DiagnosticCodes.BadEnum,
            $"'{Shorten(value)}' is not a currency code", "use an ISO 4217 code such as USD or EUR"),
        TextKind.Ecosystem when !Ecosystem().IsMatch(value) => (Diagnostics.DiagnosticCodes.BadSlug,
            $"'{Shorten(value)}' is not an ecosystem name", "use a lowercase name such as c, npm, go, python, linux-distributions"),
        TextKind.Purl when !PurlCheck(value, out var why) => (Diagnostics.DiagnosticCodes.BadPurl,
            $"'{Shorten(value)}' is not a package URL: {why}", "write pkg:<type>/<namespace>/<name>, e.g. pkg:deb/debian/xz-utils or pkg:npm/core-js"),
        _ => null,
    };

    /// <summary>The pattern written into the JSON Schema for a kind, where one exists.</summary>
    public static string? SchemaPattern(TextKind kind) => kind switch
    {
        TextKind.GithubLogin => GithubLoginPattern,
        TextKind.Slug => SlugPattern,
        TextKind.Currency => CurrencyPattern,
        TextKind.Ecosystem => EcosystemPattern,
        TextKind.Url => "^https?://",
        TextKind.Purl => "^pkg:",
        _ => null,
    };

    private static bool PurlCheck(string value, out string why)
    {
        if (Purl.RecentPurls.TryParse(value, out var purl, out var error))
        {
            why = purl.Version is null ? "" : $"it names version {purl.Version}; registry entries name the package, without a version";
            return purl.Version is null;
        }

        why = error ?? "it does not parse";
        return false;
    }

    /// <summary>
    /// The first character that must never appear in registry text: C0 and C1 controls other than tab and line feed,
    /// non-characters, and bidirectional overrides that can make text read differently from what it is.
    /// </summary>
    public static char? FindForbiddenCharacter(string text)
    {
        // A vectorised search skips printable ASCII, tab and line feed; only the characters left are looked at.
        var span = text.AsSpan();
        for (var at = span.IndexOfAnyExcept(AsciiText); at >= 0;)
        {
            var c = span[at];
            if ((c < 0x20 && c is not '\t' and not '\n') || (c >= 0x7F && c <= 0x9F) || c is '\uFFFE' or '\uFFFF' or '\uFEFF' ||
                (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'))
            {
                return c;
            }

            var next = span[(at + 1)..].IndexOfAnyExcept(AsciiText);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return null;
    }

    /// <summary>The printable ASCII characters, space to tilde.</summary>
    public static readonly string PrintableAscii = string.Create(0x7F - ' ', 0, static (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)(' ' + i);
        }
    });

    /// <summary>The control characters, as <see cref="char.IsControl(char)"/> has them: C0, DEL and C1.</summary>
    public static readonly string ControlCharacters = string.Concat(
        Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x9F - 0x7F + 1)).Select(c => (char)c));

    private static readonly System.Buffers.SearchValues<char> AsciiText = System.Buffers.SearchValues.Create("\t\n" + PrintableAscii);

    internal static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";
}
