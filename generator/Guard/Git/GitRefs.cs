namespace Steady.Guard.Git;

/// <summary>Checks a revision given on the command line before it reaches git.</summary>
public static class GitRefs
{
    /// <summary>Null when the text may be passed to git as a revision, else why not.</summary>
    public static string? Problem(string? revision)
    {
        if (string.IsNullOrWhiteSpace(revision))
        {
            return "is empty";
        }

        if (revision.Length > 256)
        {
            return "is longer than 256 characters";
        }

        if (revision.StartsWith('-'))
        {
            return "starts with '-'";
        }

        if (revision.Any(c => c is < '!' or > '~'))
        {
            return "contains spaces, control or non-ASCII characters";
        }

        if (revision.Contains("..", StringComparison.Ordinal) || revision.Contains(':', StringComparison.Ordinal))
        {
            return "is a range or a path, not one commit";
        }

        return null;
    }
}
