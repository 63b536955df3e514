using System.Text;

namespace Steady.Tests.Support;

/// <summary>
/// Compares written files with golden copies under tests/Golden/&lt;case&gt;/, byte for byte. With
/// <c>STEADY_UPDATE_GOLDEN=1</c> the golden folder is rewritten instead (files no longer written are removed).
/// </summary>
public static class Golden
{
    public static void Verify(string name, IReadOnlyDictionary<string, byte[]> files)
    {
        var dir = TestPaths.Golden(name);
        if (TestPaths.UpdateGolden)
        {
            if (Directory.Exists(dir))
            {
                foreach (var stale in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
                {
                    if (Path.GetFileName(stale) != ".gitattributes") File.Delete(stale);
                }
            }

            foreach (var (path, bytes) in files)
            {
                var target = Path.Combine(dir, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }

            return;
        }

        var problems = new List<string>();
        var expected = Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) != ".gitattributes")
                .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
                .ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var missing in expected.Except(files.Keys).Order(StringComparer.Ordinal))
        {
            problems.Add($"{missing}: in the golden folder but no longer written");
        }

        foreach (var (path, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!expected.Contains(path))
            {
                problems.Add($"{path}: written but has no golden copy");
                continue;
            }

            var golden = File.ReadAllBytes(Path.Combine(dir, path));
            if (!golden.AsSpan().SequenceEqual(bytes))
            {
                problems.Add($"{path}: differs from the golden copy at {FirstDifference(golden, bytes)}");
            }
        }

        Assert.True(problems.Count == 0,
            $"golden files of '{name}' differ (rerun with STEADY_UPDATE_GOLDEN=1 to accept):\n" + string.Join("\n", problems));
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var text = Encoding.UTF8.GetString(expected).Split('\n');
        var got = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(text.Length, got.Length); i++)
        {
            var e = i < text.Length ? text[i] : "<end>";
            var a = i < got.Length ? got[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1}:\n  expected: {e}\n  actual:   {a}";
            }
        }

        return "(line ends)";
    }
}
