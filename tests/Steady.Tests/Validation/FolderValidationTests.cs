using Steady.Synthetic;
using Steady.Tests.Support;
using Steady.Validate;

namespace Steady.Tests.Validation;

/// <summary>
/// <c>steady validate</c> checks entries as they are read and keeps only their claims; it must report exactly what
/// loading the whole registry and validating it reports.
/// </summary>
public sealed class FolderValidationTests
{
    public static TheoryData<string> Registries()
    {
        var data = new TheoryData<string> { TestPaths.Registry, TestPaths.FeedsRegistry };
        foreach (var group in new[] { "good", "bad", "warnings" })
        {
            foreach (var dir in Directory.EnumerateDirectories(Path.Combine(TestPaths.Corpus, group)).Order(StringComparer.Ordinal))
            {
                data.Add(dir);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Registries))]
    public void Reports_what_loading_the_whole_registry_reports(string registry)
    {
        var (loaded, expected) = RegistryValidator.LoadAndValidate(registry, "registry", TestPaths.AsOf);

        var folder = RegistryValidator.ValidateFolder(registry, "registry", TestPaths.AsOf);

        Assert.Equal(expected, folder.Diagnostics);
        Assert.Equal(loaded.Registry.Projects.Count, folder.Projects);
        Assert.Equal(loaded.Registry.Stewards.Count, folder.Stewards);
        Assert.Equal(loaded.Registry.Sponsors.Count, folder.Sponsors);
    }

    [Theory]
    [MemberData(nameof(Registries))]
    public void Keeps_every_entry_as_loaded_without_its_positions(string registry)
    {
        var (loaded, expected) = RegistryValidator.LoadAndValidate(registry, "registry", TestPaths.AsOf);

        var entries = RegistryValidator.CheckEntries(registry, "registry", TestPaths.AsOf, null, keepProjects: true);

        Assert.Equal(expected, entries.CheckAcross());
        Assert.Equal(loaded.Registry.Projects.Count, entries.Count);
        Assert.Equal(Json(loaded.Registry), Json(entries.Registry));
        Assert.All(entries.Registry.Projects, p => Assert.Same(Model.SourceMap.Empty, p.Source));
        Assert.Equal(loaded.Registry.Projects.Select(p => p.Slug), entries.Registry.Projects.Select(p => p.Slug));

        static string Json(Model.Registry r) => System.Text.Json.JsonSerializer.Serialize(r);
    }

    [Fact]
    public void Reports_cross_file_problems_of_a_synthetic_registry_like_the_whole_load()
    {
        using var temp = new TempDirectory();
        SyntheticRegistry.Write(200, 3, temp.Path, null);
        // Two entries claiming one package and one repository, and a successor that does not exist.
        var projects = Directory.GetFiles(Path.Combine(temp.Path, "projects"), "*.yml").Order(StringComparer.Ordinal).ToArray();
        var first = File.ReadAllText(projects[0]);
        var repository = first.Split('\n').First(l => l.StartsWith("repository: ", StringComparison.Ordinal));
        var packages = first.Split('\n').First(l => l.StartsWith("packages: ", StringComparison.Ordinal));
        var second = File.ReadAllLines(projects[1])
            .Select(l => l.StartsWith("repository: ", StringComparison.Ordinal) ? repository : l)
            .Select(l => l.StartsWith("packages: ", StringComparison.Ordinal) ? packages : l);
        File.WriteAllLines(projects[1], second);

        var (_, expected) = RegistryValidator.LoadAndValidate(temp.Path, "registry", TestPaths.AsOf);
        var folder = RegistryValidator.ValidateFolder(temp.Path, "registry", TestPaths.AsOf);

        Assert.Contains(expected, d => d.Code == Diagnostics.DiagnosticCodes.DuplicateRepository);
        Assert.Contains(expected, d => d.Code == Diagnostics.DiagnosticCodes.DuplicatePurl);
        Assert.Equal(expected, folder.Diagnostics);
    }
}
