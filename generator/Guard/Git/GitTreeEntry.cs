namespace Steady.Guard.Git;

/// <summary>One file of a commit's tree: its mode, object type, object id and path.</summary>
public sealed record GitTreeEntry(string Mode, string Type, string ObjectId, string Path)
{
    /// <summary>A plain file (not a symbolic link or a submodule).</summary>
    public bool IsRegularFile => Type == "blob" && Mode is "100644" or "100755";
}
