namespace Steady.Purl;

/// <summary>A package URL.</summary>
public sealed record PackageUrl(string Type, string Name)
{
    public static bool TryParse(string text, out PackageUrl? purl, out string? error)
    {
        purl = null;
        error = null;
        if (!text.StartsWith("pkg:", StringComparison.Ordinal))
        {
            error = "it must start with 'pkg:'";
            return false;
        }

        var rest = text[4..].TrimStart('/');
        var slash = rest.IndexOf('/');
        if (slash <= 0 || slash == rest.Length - 1)
        {
            error = "it needs a type and a name";
            return false;
        }

        purl = new PackageUrl(rest[..slash].ToLowerInvariant(), rest[(slash + 1)..]);
        return true;
    }
}
