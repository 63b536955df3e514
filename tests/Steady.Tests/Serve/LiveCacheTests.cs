using Steady.Load;
using Steady.Serve;
using Steady.Tests.Site;
using Steady.Validate;

namespace Steady.Tests.Serve;

/// <summary>
/// What serve keeps between rebuilds: unchanged files are not read again, an edit of project files updates the previous
/// load, and an edit re-renders the entry and the entries naming it as successor.
/// </summary>
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
        var cache = new RegistryFileCache(FixturePaths.AsOf);
        var first = Load(cache);
        cache.TakeReadCount();
        _workspace.EditProject("libquill", yaml => yaml + "\n");
        _workspace.EditProject("zstream", yaml => yaml + "\n");

        cache.AssumeOnlyChanged(Paths(_workspace.ProjectFile("libquill")));
        var hinted = Load(cache);
        Assert.Equal(1, cache.TakeReadCount());
        Assert.Same(first.Registry.Projects.Single(p => p.Slug == "zstream"), hinted.Registry.Projects.Single(p => p.Slug == "zstream"));

        cache.AssumeOnlyChanged(null);
        Load(cache);
        Assert.Equal(1, cache.TakeReadCount());
        Assert.Throws<ArgumentException>(() => cache.AssumeOnlyChanged(new HashSet<string> { "projects/x.yml" }));
    }

    [Fact]
    public void An_update_from_the_edited_files_gives_what_a_whole_load_gives()
    {
        var cache = new RegistryFileCache(FixturePaths.AsOf);
        var first = Load(cache);
        cache.TakeReadCount();
        var libquill = _workspace.ProjectFile("libquill");
        var only = Paths(libquill);

        // An empty home page: a problem in that file, which is then read only in part.
        var original = File.ReadAllText(libquill);
        _workspace.EditProject("libquill", yaml => System.Text.RegularExpressions.Regex.Replace(yaml, "(?m)^homepage: .*$", "homepage: \"\""));
        var broken = RegistryLoader.Update(first, only, Registry, "registry-data", cache);
        Assert.NotNull(broken);
        Assert.Equal(1, cache.TakeReadCount());
        var whole = Load(cache);
        Assert.Equal(0, cache.TakeReadCount());
        AssertSameLoad(whole, broken);
        Assert.Contains(broken.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.EmptyValue && d.At.Path == "registry-data/projects/libquill.yml");
        Assert.Contains("libquill", broken.Damaged);

        // Fixed again: the problem and the mark go, and the other entries are still the first load's.
        File.WriteAllText(libquill, original + "\n");
        var fixedAgain = RegistryLoader.Update(broken, only, Registry, "registry-data", cache)!;
        AssertSameLoad(Load(cache), fixedAgain);
        Assert.Equal(first.Diagnostics, fixedAgain.Diagnostics);
        Assert.Equal(first.Damaged.Order(), fixedAgain.Damaged.Order());
        Assert.Same(first.Registry.Projects.Single(p => p.Slug == "zstream"), fixedAgain.Registry.Projects.Single(p => p.Slug == "zstream"));
        Assert.Same(first.Registry.Stewards, fixedAgain.Registry.Stewards);

        // Saved as many editors save: a new file renamed over the old one. The new file's name is gone again.
        var temporary = Path.Combine(Registry, "projects", "sed4xQz1");
        File.WriteAllText(temporary, original.Replace("Fictional compression", "Fictional fast compression", StringComparison.Ordinal));
        File.Move(temporary, libquill, overwrite: true);
        var renamed = RegistryLoader.Update(fixedAgain, Paths(temporary, libquill), Registry, "registry-data", cache);
        Assert.NotNull(renamed);
        AssertSameLoad(Load(cache), renamed);
        Assert.StartsWith("Fictional fast compression", renamed.Registry.Projects.Single(p => p.Slug == "libquill").Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void An_update_gives_way_to_a_whole_load_when_the_edited_files_are_not_project_entries_edited_in_place()
    {
        var cache = new RegistryFileCache(FixturePaths.AsOf);
        var first = Load(cache);
        LoadResult? Update(params string[] paths) =>
            RegistryLoader.Update(first, Paths(paths), Registry, "registry-data", cache);

        Assert.Same(first, Update());
        var created = _workspace.ProjectFile("brand-new");
        File.Copy(_workspace.ProjectFile("libquill"), created);
        Assert.Null(Update(created));
        var sponsor = Directory.EnumerateFiles(Path.Combine(Registry, "sponsors"), "*.yml").First();
        Assert.Null(Update(sponsor));
        Assert.Null(Update(Path.Combine(Registry, "stewards.yml")));
        // Files that came and went (or never were) and left nothing in the previous load change nothing.
        var notes = Path.Combine(Registry, "projects", "notes.txt");
        Assert.Same(first, Update(notes));
        Assert.Same(first, Update(Path.Combine(Registry, "projects", "gone.yml")));
        File.WriteAllText(notes, "notes\n");
        Assert.Null(Update(notes));

        // A file that is gone but was reported by the previous load: the whole load drops its problem.
        var withNotes = Load(cache);
        Assert.Contains(withNotes.Diagnostics, d => d.At.Path == "registry-data/projects/notes.txt");
        File.Delete(notes);
        Assert.Null(RegistryLoader.Update(withNotes, Paths(notes), Registry, "registry-data", cache));

        File.Delete(_workspace.ProjectFile("zstream"));
        Assert.Null(Update(_workspace.ProjectFile("zstream")));

        // A file that no longer reads as an entry at all leaves the list: a whole load finds that out.
        File.WriteAllText(_workspace.ProjectFile("libquill"), "- not a mapping\n");
        Assert.Null(Update(_workspace.ProjectFile("libquill")));
    }

    [Fact]
    public void Serve_reads_only_the_named_file_and_prepares_what_a_fresh_start_prepares()
    {
        var builder = new LiveBuilder(_workspace.Settings, FixturePaths.AsOf, _workspace.Preview);
        builder.Prepare();
        _workspace.EditProject("libquill", yaml => "colour: blue\n" + yaml);
        var edited = builder.Prepare(Paths(Path.GetFullPath(_workspace.ProjectFile("libquill"))));
        Assert.Equal(1, edited.FilesRead);
        Assert.Null(edited.Inputs);

        var fresh = new LiveBuilder(_workspace.Settings, FixturePaths.AsOf, _workspace.Preview).Prepare();
        Assert.Equal(fresh.Diagnostics, edited.Diagnostics);
        Assert.Contains(edited.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.UnknownKey);
    }

    /// <summary>The workspace's registry as a full path, as serve's watcher names its files.</summary>
    private string Registry => Path.GetFullPath(_workspace.Registry);

    private LoadResult Load(RegistryFileCache cache) => RegistryLoader.Load(Registry, "registry-data", FixturePaths.AsOf, cache);

    private static HashSet<string> Paths(params string[] paths) => paths.ToHashSet(StringComparer.Ordinal);

    private static void AssertSameLoad(LoadResult expected, LoadResult actual)
    {
        Assert.Equal(expected.Registry.Projects.Count, actual.Registry.Projects.Count);
        Assert.All(expected.Registry.Projects.Zip(actual.Registry.Projects), p => Assert.Same(p.First, p.Second));
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        Assert.Equal(expected.Damaged.Order(StringComparer.Ordinal), actual.Damaged.Order(StringComparer.Ordinal));
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
    public void Cached_checks_across_entries_follow_an_edit_of_what_they_compare()
    {
        var files = new RegistryFileCache(FixturePaths.AsOf);
        var checks = new ValidationCache(FixturePaths.AsOf);
        IReadOnlyList<Diagnostics.Diagnostic> Check(out IReadOnlyList<Diagnostics.Diagnostic> fresh)
        {
            var loaded = Load(files);
            fresh = RegistryValidator.Validate(loaded, FixturePaths.AsOf);
            return RegistryValidator.Validate(loaded, FixturePaths.AsOf, null, checks);
        }

        var before = Check(out _);
        Assert.DoesNotContain(before, d => d.Code == Diagnostics.DiagnosticCodes.DuplicatePurl);

        // zstream claims one of libquill's packages: the problem is found although no other entry changed.
        _workspace.EditProject("zstream", yaml => System.Text.RegularExpressions.Regex.Replace(
            yaml, "(?m)^packages: \\[", "packages: [pkg:deb/debian/libquill, "));
        var duplicate = Check(out var fresh);
        Assert.Equal(fresh, duplicate);
        Assert.Contains(duplicate, d => d.Code == Diagnostics.DiagnosticCodes.DuplicatePurl && d.At.Path.EndsWith("zstream.yml", StringComparison.Ordinal));

        // Two comment lines above the claims move them down: the problem is reported at its new line.
        _workspace.EditProject("zstream", yaml => "# moved\n# down\n" + yaml);
        var moved = Check(out fresh);
        Assert.Equal(fresh, moved);
        var at = Assert.Single(moved, d => d.Code == Diagnostics.DiagnosticCodes.DuplicatePurl).At;
        Assert.Equal(Assert.Single(duplicate, d => d.Code == Diagnostics.DiagnosticCodes.DuplicatePurl).At.Line + 2, at.Line);
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
        File.WriteAllText(_workspace.ProjectFile("zcopy"), File.ReadAllText(_workspace.ProjectFile("zstream")).Replace("zstream", "zcopy", StringComparison.Ordinal));
        var added = builder.Prepare().Inputs;
        Assert.NotNull(added);
        var adding = ChangeSet.Between(after, added);
        Assert.False(adding.Whole);
        Assert.Equal(["zcopy"], adding.Projects);

        File.Delete(_workspace.ProjectFile("zcopy"));
        Assert.True(ChangeSet.Between(added, builder.Prepare().Inputs!).Whole);
        File.Delete(_workspace.ProjectFile("pyformat-core"));
        Assert.True(ChangeSet.Between(after, builder.Prepare().Inputs!).Whole);
    }

    public void Dispose() => _workspace.Dispose();
}
