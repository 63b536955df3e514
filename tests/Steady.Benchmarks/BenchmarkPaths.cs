namespace Steady.Benchmarks;

/// <summary>Finds repository files from wherever BenchmarkDotNet runs the benchmark.</summary>
internal static class BenchmarkPaths
{
    public static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {Environment.CurrentDirectory}");
    }
}
