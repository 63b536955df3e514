namespace Steady.Serve;

/// <summary>What the request handler reads of a serve session: the folder, the base path, the state, and whether a build succeeded yet.</summary>
internal sealed class ServeSite(string folder, string basePath, SiteState state)
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _hasSite;

    public string Folder => folder;

    /// <summary>The path of the base URL, with leading and trailing slashes.</summary>
    public string BasePath => basePath;

    public SiteState State => state;

    /// <summary>Completes when the first build ended, whether it succeeded or not.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Whether a build of this session succeeded, so the folder holds a site to serve.</summary>
    public bool HasSite => _hasSite;

    public void Built() => _hasSite = true;

    public void MarkReady() => _ready.TrySetResult();
}
