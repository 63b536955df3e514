using BenchmarkDotNet.Attributes;
using Steady.Diagnostics;
using Steady.Load;
using Steady.Model;

namespace Steady.Benchmarks;

/// <summary>Reading and binding one realistic project entry: the unit of work of every load.</summary>
[MemoryDiagnoser]
public class LoadEntryBenchmark
{
    private byte[] _entry = [];

    [GlobalSetup]
    public void Setup() => _entry = File.ReadAllBytes(BenchmarkPaths.Find("tests/Corpus/good/full-example/projects/libexample.yml"));

    private YamlValue? _tree;

    [Benchmark]
    public YamlValue? ReadYamlOnly() => _tree = SafeYamlReader.Read(_entry, "libexample.yml", new DiagnosticBag());

    [Benchmark]
    public Project? BindOnly()
    {
        _tree ??= SafeYamlReader.Read(_entry, "libexample.yml", new DiagnosticBag());
        return new ModelBinder("libexample.yml", new DiagnosticBag(), new DateOnly(2026, 11, 27)).Bind<Project>(_tree!);
    }

    [Benchmark]
    public Project? LoadOneEntry()
    {
        var bag = new DiagnosticBag();
        var root = SafeYamlReader.Read(_entry, "libexample.yml", bag);
        return new ModelBinder("libexample.yml", bag, new DateOnly(2026, 11, 27)).Bind<Project>(root!);
    }
}
