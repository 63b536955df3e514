using Steady.Load;
using Steady.Serve;
using Steady.Tests.Site;
using Steady.Validate;

namespace Steady.Tests.Serve;

/// <summary>What serve keeps between rebuilds: unchanged files are not read again, and an edit re-renders the entry and the entries naming it as successor.</summary>
public sealed class LiveCacheTests : IDisposable
{
    private readonly ServeWorkspace _workspace = new();

    [Fact]
    public void An_unchanged_file_keeps_its_instance_and_a_changed_one_is_read_again()
    {
        var cache = new RegistryFileCache(FixturePaths.AsOf);
        var first = RegistryLoader.Load(_workspace.Registry, "registry-data", FixturePaths.AsOf, cache);
        Assert.Equal(first.Registry.Projects.Count + first.Registry.Sponsors.Count + 1, cache.TakeReadCount());

        var again = RegistryLoader.Load(_workspace.Registry, "registry-data", FixturePaths.AsOf, cache);
        Assert.Equal(0, cache.TakeReadCount());
        Assert.All(first.Registry.Projects.Zip(again.Registry.Projects), p => Assert.Same(p.First, p.Second));
        Assert.Equal(first.Diagnostics, again.Diagnostics);

        _workspace.EditProject("libquill", yaml => yaml + "\n");
        var edited = RegistryLoader.Load(_workspace.Registry, "registry-data", FixturePaths.AsOf, cache);
        Assert.Equal(1, cache.TakeReadCount());
        Assert.NotSame(first.Registry.Projects.Single(p => p.Slug == "libquill"), edited.Registry.Projects.Single(p => p.Slug == "libquill"));
        Assert.Same(first.Registry.Projects.Single(p => p.Slug == "zstream"), edited.Registry.Projects.Single(p => p.Slug == "zstream"));
    }

    [Fact]
    public void A_file_the_watcher_did_not_name_is_taken_from_the_cache_without_a_look()
    {
        var registry = Path.GetFullPath(_workspace.Registry);
        var cache = new RegistryFileCache(FixturePaths.AsOf);
        var first = RegistryLoader.Load(registry, "registry-data", FixturePaths.AsOf, cache);
        cache.TakeReadCount();
        _workspace.EditProject("libquill", yaml => yaml + "\n");
        _workspace.EditProject("zstream", yaml => yaml + "\n");

        cache.AssumeOnlyChanged(new HashSet<string>(StringComparer.Ordinal) { _workspace.ProjectFile("libquill") });
        var hinted = RegistryLoader.Load(registry, "registry-data", FixturePaths.AsOf, cache);
        Assert.Equal(1, cache.TakeReadCount());
        Assert.Same(first.Registry.Projects.Single(p => p.Slug == "zstream"), hinted.Registry.Projects.Single(p => p.Slug == "zstream"));

        cache.AssumeOnlyChanged(null);
        RegistryLoader.Load(registry, "registry-data", FixturePaths.AsOf, cache);
        Assert.Equal(1, cache.TakeReadCount());
        Assert.Throws<ArgumentException>(() => cache.AssumeOnlyChanged(new HashSet<string> { "projects/x.yml" }));
    }

    [Fact]
    public void Cached_checks_give_the_diagnostics_of_a_fresh_validation()
    {
        var loaded = RegistryLoader.Load(_workspace.Registry, "registry-data", FixturePaths.AsOf);
        var checks = new ValidationCache(FixturePaths.AsOf);
        var fresh = RegistryValidator.Validate(loaded, FixturePaths.AsOf);
        Assert.Equal(fresh, RegistryValidator.Validate(loaded, FixturePaths.AsOf, null, checks));
        Assert.Equal(fresh, RegistryValidator.Validate(loaded, FixturePaths.AsOf, null, checks));
        Assert.Throws<ArgumentException>(() => RegistryValidator.Validate(loaded, FixturePaths.AsOf.AddDays(1), null, checks));
    }

    [Fact]
    public void An_edit_affects_the_entry_and_those_naming_it_as_successor_and_a_removal_everything()
    {
        var builder = new LiveBuilder(_workspace.Settings, FixturePaths.AsOf, _workspace.Preview);
        var before = builder.Prepare().Inputs!;
        var successor = before.Data.Projects.First(p => p.Project.Status.Successor is { } s && before.Data.Find(s) is not null);
        var named = successor.Project.Status.Successor!;

        _workspace.EditProject(named, yaml => yaml + "\n");
        var after = builder.Prepare().Inputs!;
        var change = ChangeSet.Between(before, after);
        Assert.False(change.Whole);
        Assert.Equal(new[] { named, successor.Slug }.Order(StringComparer.Ordinal), change.Projects.Order(StringComparer.Ordinal));

        Assert.Empty(ChangeSet.Between(after, builder.Prepare().Inputs!).Projects);
        File.Delete(_workspace.ProjectFile("pyformat-core"));
        Assert.True(ChangeSet.Between(after, builder.Prepare().Inputs!).Whole);
    }

    public void Dispose() => _workspace.Dispose();
}
