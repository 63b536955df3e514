using Steady.Diagnostics;
using Steady.Guard.Git;
using Steady.Load;
using Steady.Model;

namespace Steady.Guard;

/// <summary>
/// The registry as committed at one revision, read straight from git objects: files are listed once and read
/// on demand, so a pull request that touches two entries reads two entries, whatever the registry's size.
/// </summary>
public sealed class RegistryRevision
{
    private readonly GitRepository _repository;
    private readonly Dictionary<string, (GitTreeEntry Entry, long Size)> _files;
    private readonly Dictionary<string, object> _loaded = new(StringComparer.Ordinal);

    private RegistryRevision(GitRepository repository, string commit, Dictionary<string, (GitTreeEntry, long)> files)
    {
        _repository = repository;
        Commit = commit;
        _files = files;
    }

    public string Commit { get; }

    /// <summary>Lists the registry folder at a commit.</summary>
    public static RegistryRevision Read(GitRepository repository, string commit)
    {
        var files = repository.ListTree(commit, RegistryPaths.Root)
            .ToDictionary(f => f.Entry.Path, f => (f.Entry, f.Size), StringComparer.Ordinal);
        return new RegistryRevision(repository, commit, files);
    }

    public bool Contains(string path) => _files.ContainsKey(path);

    /// <summary>Reads and binds a project file.</summary>
    public LoadedFile<Project> Project(string path) =>
        Load<Project>(path, p => p with { Slug = RegistryPaths.ProjectSlug(path) ?? "" });

    /// <summary>Reads and binds <c>stewards.yml</c>.</summary>
    public LoadedFile<StewardsFile> Stewards() => Load<StewardsFile>(RegistryPaths.StewardsFile, f => f);

    private LoadedFile<T> Load<T>(string path, Func<T, T> finish)
        where T : Located
    {
        if (_loaded.TryGetValue(path, out var cached) && cached is LoadedFile<T> hit)
        {
            return hit;
        }

        var loaded = Read(path, finish);
        _loaded[path] = loaded;
        return loaded;
    }

    private LoadedFile<T> Read<T>(string path, Func<T, T> finish)
        where T : Located
    {
        if (!_files.TryGetValue(path, out var file))
        {
            return LoadedFile<T>.Missing(path);
        }

        if (!file.Entry.IsRegularFile)
        {
            var what = file.Entry.Mode == "120000" ? "a symbolic link" : file.Entry.Type == "commit" ? "a submodule" : "not a plain file";
            return new LoadedFile<T>(path, true, null, $"it is {what}", []);
        }

        if (file.Size < 0 || file.Size > YamlLimits.Default.MaxBytes)
        {
            return new LoadedFile<T>(path, true, null, $"it is larger than {YamlLimits.Default.MaxBytes:N0} bytes", []);
        }

        var bytes = _repository.ReadBlobs([file.Entry.ObjectId])[file.Entry.ObjectId];
        var bag = new DiagnosticBag();

        // The guard judges permissions, not dates: future dates are the validator's business.
        var value = RegistryLoader.LoadText<T>(bytes, path, bag, DateOnly.MaxValue);
        var problems = bag.Sorted().Where(d => d.IsError).ToArray();
        return value is null
            ? new LoadedFile<T>(path, true, null, "it does not load (see `steady validate`)", problems)
            : new LoadedFile<T>(path, true, finish(value), null, problems);
    }
}
