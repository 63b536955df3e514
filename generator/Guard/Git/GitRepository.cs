using System.Globalization;
using System.Text;

namespace Steady.Guard.Git;

/// <summary>
/// Reads commits of a git repository through the git program: resolves revisions, lists trees, reads blobs
/// and lists changed paths. Nothing is checked out; the work tree stays as it is.
/// </summary>
public sealed class GitRepository(GitRunner git)
{
    /// <summary>Resolves a revision to the full id of a commit; a bad revision is a usage error.</summary>
    public string ResolveCommit(string revision, string optionName)
    {
        if (GitRefs.Problem(revision) is { } problem)
        {
            throw new GitCommandException($"{optionName} '{Shorten(revision)}' {problem}");
        }

        try
        {
            var sha = git.RunText(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"]).Trim();
            if (!IsObjectId(sha))
            {
                throw new GitCommandException($"{optionName} '{revision}' does not name a commit");
            }

            return sha;
        }
        catch (GitCommandException)
        {
            throw new GitCommandException($"{optionName} '{revision}' does not name a commit in {git.RepositoryDir}");
        }
    }

    /// <summary>The best common ancestor of two commits: where a pull request branch forked from its base.</summary>
    public string MergeBase(string a, string b)
    {
        try
        {
            var sha = git.RunText(["merge-base", a, b]).Trim();
            return IsObjectId(sha) ? sha : throw new GitCommandException("unexpected output from git merge-base");
        }
        catch (GitCommandException)
        {
            throw new GitCommandException($"{a[..7]} and {b[..7]} have no common history; --base and --head must belong to one repository");
        }
    }

    /// <summary>The parents of a commit.</summary>
    public IReadOnlyList<string> Parents(string commit)
    {
        var line = git.RunText(["rev-list", "--parents", "-n", "1", commit, "--"]).Trim();
        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
    }

    /// <summary>Every file under <paramref name="folder"/> at a commit, with its size (<c>git ls-tree -r -l -z</c>).</summary>
    public IReadOnlyList<(GitTreeEntry Entry, long Size)> ListTree(string commit, string folder)
    {
        var output = git.Run(["ls-tree", "-r", "-l", "-z", "--full-tree", commit, "--", folder.TrimEnd('/') + "/"]);
        var result = new List<(GitTreeEntry, long)>();
        foreach (var record in Split(output))
        {
            // <mode> SP <type> SP <object> SP+ <size> TAB <path>
            var tab = record.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                throw new GitCommandException("unexpected output from git ls-tree");
            }

            var fields = record[..tab].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 4)
            {
                throw new GitCommandException("unexpected output from git ls-tree");
            }

            var size = long.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : -1;
            result.Add((new GitTreeEntry(fields[0], fields[1], fields[2], record[(tab + 1)..]), size));
        }

        return result;
    }

    /// <summary>Reads blobs by object id in one <c>git cat-file --batch</c> call.</summary>
    public IReadOnlyDictionary<string, byte[]> ReadBlobs(IReadOnlyCollection<string> objectIds)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (objectIds.Count == 0)
        {
            return result;
        }

        foreach (var id in objectIds.Where(id => !IsObjectId(id)))
        {
            throw new GitCommandException($"'{id}' is not an object id");
        }

        var input = Encoding.ASCII.GetBytes(string.Concat(objectIds.Select(id => id + "\n")));
        var output = git.Run(["cat-file", "--batch"], input);
        var at = 0;
        foreach (var id in objectIds)
        {
            var end = Array.IndexOf(output, (byte)'\n', at);
            if (end < 0)
            {
                throw new GitCommandException("unexpected output from git cat-file");
            }

            var header = Encoding.ASCII.GetString(output, at, end - at).Split(' ');
            at = end + 1;
            if (header.Length != 3 || header[0] != id || header[1] != "blob" ||
                !int.TryParse(header[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size) ||
                at + size > output.Length)
            {
                throw new GitCommandException($"git cat-file could not read object {id}");
            }

            result[id] = output.AsSpan(at, size).ToArray();
            at += size + 1;
        }

        return result;
    }

    /// <summary>Every path that differs between two commits, renames detected (<c>git diff --name-status -M -z</c>).</summary>
    public IReadOnlyList<PathChange> Diff(string baseCommit, string headCommit)
    {
        var output = git.Run(["diff", "--name-status", "-M", "-z", "--no-ext-diff", "--no-textconv", baseCommit, headCommit, "--"]);
        var fields = Split(output);
        var result = new List<PathChange>();
        for (var i = 0; i < fields.Count; i++)
        {
            var status = fields[i];
            if (status.Length == 0)
            {
                continue;
            }

            var kind = status[0] switch
            {
                'A' => PathChangeKind.Added,
                'M' => PathChangeKind.Modified,
                'D' => PathChangeKind.Deleted,
                'R' => PathChangeKind.Renamed,
                'C' => PathChangeKind.Copied,
                'T' => PathChangeKind.TypeChanged,
                _ => throw new GitCommandException($"unexpected change status '{status}' from git diff"),
            };
            if (kind is PathChangeKind.Renamed or PathChangeKind.Copied)
            {
                if (i + 2 >= fields.Count)
                {
                    throw new GitCommandException("unexpected output from git diff");
                }

                result.Add(new PathChange(kind, fields[i + 2], fields[i + 1]));
                i += 2;
            }
            else
            {
                if (i + 1 >= fields.Count)
                {
                    throw new GitCommandException("unexpected output from git diff");
                }

                result.Add(new PathChange(kind, fields[i + 1]));
                i += 1;
            }
        }

        return result;
    }

    /// <summary>True for a full hexadecimal object id (SHA-1 or SHA-256).</summary>
    public static bool IsObjectId(string text) =>
        text.Length is 40 or 64 && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private static List<string> Split(byte[] output)
    {
        var text = Encoding.UTF8.GetString(output);
        var parts = text.Split('\0');
        return parts.Length > 0 && parts[^1].Length == 0 ? parts[..^1].ToList() : parts.ToList();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
