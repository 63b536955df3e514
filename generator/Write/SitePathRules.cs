namespace Steady.Write;

/// <summary>
/// The shape of a site path: forward slashes, no leading slash, no empty, <c>.</c> or <c>..</c> segments,
/// no control characters. A path that breaks these rules is a bug in a publisher, never written.
/// </summary>
public static class SitePathRules
{
    public static void Check(string sitePath)
    {
        if (Problem(sitePath) is { } problem)
        {
            throw new ArgumentException($"'{sitePath}' is not a site path: {problem}", nameof(sitePath));
        }
    }

    public static string? Problem(string sitePath)
    {
        if (sitePath.Length == 0)
        {
            return "it is empty";
        }

        if (sitePath[0] == '/' || sitePath[^1] == '/')
        {
            return "it starts or ends with '/'";
        }

        if (sitePath.Any(c => c == '\\' || c == ':' || char.IsControl(c)))
        {
            return "it contains '\\', ':' or a control character";
        }

        foreach (var segment in sitePath.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return "it has an empty, '.' or '..' segment";
            }
        }

        return null;
    }
}
