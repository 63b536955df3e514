namespace Steady.Write;

/// <summary>
/// The shape of a site path: forward slashes, no leading slash, no empty, <c>.</c> or <c>..</c> segments,
/// no control characters. A path that breaks these rules is a bug in a publisher, never written.
/// </summary>
public static class SitePathRules
{
    /// <summary>'\', ':' and the control characters (C0, DEL and C1, as <see cref="char.IsControl(char)"/> has them).</summary>
    private static readonly System.Buffers.SearchValues<char> Forbidden =
        System.Buffers.SearchValues.Create("\\:" + Text.TextRules.ControlCharacters);

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

        if (sitePath.AsSpan().ContainsAny(Forbidden))
        {
            return "it contains '\\', ':' or a control character";
        }

        // Checked on the text itself, without making a string per segment: every file a build writes passes here.
        var path = sitePath.AsSpan();
        foreach (var segment in path.Split('/'))
        {
            if (path[segment] is "" or "." or "..")
            {
                return "it has an empty, '.' or '..' segment";
            }
        }

        return null;
    }
}
