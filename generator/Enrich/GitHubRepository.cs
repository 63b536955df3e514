using System.Text.RegularExpressions;

namespace Steady.Enrich;

/// <summary>A repository on GitHub (or on the GitHub Enterprise server the API address points at), as <c>owner/name</c>.</summary>
public sealed partial record GitHubRepository(string Owner, string Name)
{
    public override string ToString() => $"{Owner}/{Name}";

    /// <summary>
    /// Reads <c>https://github.com/owner/name</c> (an optional trailing <c>/</c> or <c>.git</c> is accepted).
    /// Repositories on <paramref name="serverHost"/> count as well, so GitHub Enterprise registries work.
    /// </summary>
    public static GitHubRepository? TryParse(string url, string? serverHost = null)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps ||
            !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !uri.IsDefaultPort)
        {
            return null;
        }

        var onGitHub = string.Equals(uri.Host, "github.com", StringComparison.OrdinalIgnoreCase) ||
                       (serverHost is not null && string.Equals(uri.Host, serverHost, StringComparison.OrdinalIgnoreCase));
        if (!onGitHub)
        {
            return null;
        }

        var path = uri.AbsolutePath.Trim('/');
        if (path.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^4];
        }

        var parts = path.Split('/');
        return parts.Length == 2 && OwnerPattern().IsMatch(parts[0]) && NamePattern().IsMatch(parts[1]) && parts[1] is not "." and not ".."
            ? new GitHubRepository(parts[0], parts[1])
            : null;
    }

    /// <summary>
    /// The web host of the server behind an API address: none for <c>api.github.com</c> (github.com always counts),
    /// <c>ghe.example.com</c> for <c>https://ghe.example.com/api/v3</c>, <c>acme.ghe.com</c> for <c>https://api.acme.ghe.com</c>.
    /// </summary>
    public static string? ServerHost(Uri apiUrl)
    {
        var host = apiUrl.Host;
        if (string.Equals(host, "api.github.com", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return host.StartsWith("api.", StringComparison.OrdinalIgnoreCase) && host.EndsWith(".ghe.com", StringComparison.OrdinalIgnoreCase)
            ? host[4..]
            : host;
    }

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerPattern();

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
