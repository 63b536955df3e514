using BenchmarkDotNet.Running;

if (args is ["publishers", var registry])
{
    Steady.Benchmarks.PublisherProfile.Run(registry);
    return;
}

if (args is ["memory", var memoryRegistry])
{
    Steady.Benchmarks.MemoryProfile.Run(memoryRegistry);
    return;
}

if (args is ["load", var loadRegistry, ..var rest])
{
    Steady.Benchmarks.LoadProfile.Run(loadRegistry, rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Steady.Benchmarks.LoadEntryBenchmark).Assembly).Run(args);
