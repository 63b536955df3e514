using System.Diagnostics;
using Steady.Tests.Support;
using Steady.Validate;

namespace Steady.Tests.Validation;

/// <summary>
/// Every case under tests/Corpus/bad is a small registry that must be rejected. The expected diagnostics, with
/// file, line, column, code and hint, are the golden file <c>expected.txt</c> beside it.
/// </summary>
public sealed class BadInputCorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(TestPaths.Corpus, "bad")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Fact]
    public void Corpus_has_at_least_forty_cases() => Assert.True(Cases().Count >= 40, $"only {Cases().Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_is_rejected_with_its_location_and_a_hint(string name)
    {
        var dir = Path.Combine(TestPaths.Corpus, "bad", name);
        var stopwatch = Stopwatch.StartNew();
        var (_, diagnostics) = RegistryValidator.LoadAndValidate(dir, "", TestPaths.AsOf);
        stopwatch.Stop();

        Assert.Contains(diagnostics, d => d.IsError);
        Assert.All(diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Hint), $"{d.Headline} has no hint"));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        GoldenFile.AssertMatches(Path.Combine(dir, "expected.txt"), string.Join("\n", diagnostics) + "\n");
    }

    [Fact]
    public void A_ten_megabyte_file_is_refused_before_it_is_read()
    {
        using var temp = new TempDirectory();
        var projects = Directory.CreateDirectory(Path.Combine(temp.Path, "projects"));
        using (var file = File.Create(Path.Combine(projects.FullName, "huge.yml")))
        {
            var line = "summary: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"u8.ToArray();
            for (var written = 0; written < 10 * 1024 * 1024; written += line.Length)
            {
                file.Write(line);
            }
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (_, diagnostics) = RegistryValidator.LoadAndValidate(temp.Path, "", TestPaths.AsOf);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var error = Assert.Single(diagnostics);
        Assert.StartsWith("projects/huge.yml:1:1: error SY006: file is 10,4", error.Headline);
        Assert.EndsWith("bytes; the limit is 1,048,576", error.Headline);
        Assert.True(allocated < 2 * 1024 * 1024, $"allocated {allocated:N0} bytes reading a refused file");
    }

    [Fact]
    public void The_alias_bomb_is_refused_quickly_and_without_expanding()
    {
        var dir = Path.Combine(TestPaths.Corpus, "bad", "billion-laughs");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        var (_, diagnostics) = RegistryValidator.LoadAndValidate(dir, "", TestPaths.AsOf);
        stopwatch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains(diagnostics, d => d.Code == "SY003");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
        Assert.True(allocated < 16 * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }
}
