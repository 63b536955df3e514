using System.Text;
using Steady.Tests.Workflows;

namespace Steady.Tests.Enrich;

/// <summary>
/// Compares files with the golden copies under tests/Golden/; any difference fails. With
/// <c>STEADY_UPDATE_GOLDEN=1</c> the golden copies are rewritten instead (review the diff before committing).
/// </summary>
internal static class Golden
{
    public static void Match(string goldenFolder, IReadOnlyDictionary<string, byte[]> actual)
    {
        var folder = RepositoryRoot.Combine("tests", "Golden", goldenFolder);
        if (Support.GoldenFile.Updating)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
            foreach (var (name, bytes) in actual)
            {
                File.WriteAllBytes(Path.Combine(folder, name), bytes);
            }

            return;
        }

        Assert.True(Directory.Exists(folder), $"no golden files in {folder}; run the tests once with STEADY_UPDATE_GOLDEN=1");
        var expected = Directory.EnumerateFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[name]),
                $"{name} differs from tests/Golden/{goldenFolder}/{name}:\n--- expected\n{Encoding.UTF8.GetString(bytes)}\n--- actual\n{Encoding.UTF8.GetString(actual[name])}");
        }
    }
}
