using Steady.Purl;

namespace Steady.Audit;

/// <summary>
/// Normalises source repository URLs so that the same repository written in different ways compares equal:
/// <c>git+</c> prefixes and scp-like <c>git@host:owner/repo</c> forms are read, the scheme becomes https,
/// the host is lowercased without <c>www.</c>, user info, query, fragment, a trailing <c>.git</c> or <c>/</c>
/// and an <c>@revision</c> are dropped. On GitHub, Bitbucket and Codeberg, where owner and repository names
/// are case-insensitive, the path is lowercased and cut to <c>/owner/repository</c>.
/// </summary>
public static class RepositoryUrl
{
    private static readonly string[] VcsPrefixes = ["git+", "hg+", "svn+", "bzr+"];
    private static readonly string[] OwnerRepositoryHosts = ["github.com", "bitbucket.org", "codeberg.org"];
    private static readonly string[] CaseInsensitiveHosts = ["github.com", "bitbucket.org", "codeberg.org", "gitlab.com"];

    /// <summary>The normalised form of <paramref name="url"/>, or null when it is not a usable repository URL.</summary>
    public static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 2048)
        {
            return null;
        }

        var text = url.Trim();
        foreach (var prefix in VcsPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..];
                break;
            }
        }

        text = FromScpLike(text);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https" or "git" or "ssh")
            || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count > 0 && segments[^1].IndexOf('@') is var at and > 0)
        {
            segments[^1] = segments[^1][..at];
        }

        if (segments.Count > 0 && segments[^1].EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            segments[^1] = segments[^1][..^4];
        }

        segments.RemoveAll(s => s.Length == 0);
        if (host == "gitlab.com" && segments.IndexOf("-") is var dash and >= 0)
        {
            segments = segments[..dash];
        }

        if (OwnerRepositoryHosts.Contains(host))
        {
            if (segments.Count < 2)
            {
                return null;
            }

            segments = segments[..2];
        }

        if (segments.Count == 0)
        {
            return null;
        }

        var path = string.Join('/', segments);
        if (CaseInsensitiveHosts.Contains(host))
        {
            path = path.ToLowerInvariant();
        }

        var port = uri.IsDefaultPort || uri.Scheme is "ssh" or "git" ? string.Empty : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"https://{host}{port}/{path}";
    }

    /// <summary>
    /// The repository a purl names by itself, normalised: <c>pkg:github</c>, <c>pkg:bitbucket</c> and
    /// <c>pkg:gitlab</c> packages, Go modules hosted on those forges, or a <c>vcs_url</c> qualifier. Null otherwise.
    /// </summary>
    public static string? FromPurl(PackageUrl purl)
    {
        var host = purl.Type switch
        {
            "github" => "github.com",
            "bitbucket" => "bitbucket.org",
            "gitlab" => "gitlab.com",
            _ => null,
        };
        if (host is not null && purl.Namespace is not null)
        {
            return Normalize($"https://{host}/{purl.Namespace}/{purl.Name}");
        }

        if (purl.Type == "golang" && purl.Namespace is not null)
        {
            var modulePath = $"{purl.Namespace}/{purl.Name}";
            var parts = modulePath.Split('/');
            if (parts.Length >= 3 && parts[0].ToLowerInvariant() is "github.com" or "bitbucket.org" or "codeberg.org")
            {
                return Normalize($"https://{parts[0]}/{parts[1]}/{parts[2]}");
            }
        }

        var vcs = purl.Qualifiers.FirstOrDefault(q => q.Key == "vcs_url").Value;
        return vcs is null ? null : Normalize(vcs);
    }

    private static string FromScpLike(string text)
    {
        // git@github.com:owner/repo.git → https://github.com/owner/repo.git
        if (text.Contains("://", StringComparison.Ordinal))
        {
            return text;
        }

        var colon = text.IndexOf(':');
        var atSign = text.IndexOf('@');
        if (colon <= 0 || (atSign >= 0 && atSign > colon) || text.IndexOf('/') is var slash && slash >= 0 && slash < colon)
        {
            return text;
        }

        var host = text[(atSign + 1)..colon];
        return host.Contains('.') ? $"https://{host}/{text[(colon + 1)..].TrimStart('/')}" : text;
    }
}
