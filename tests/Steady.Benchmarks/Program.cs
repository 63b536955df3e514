using BenchmarkDotNet.Running;

if (args is ["publishers", var registry])
{
    Steady.Benchmarks.PublisherProfile.Run(registry);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Steady.Benchmarks.LoadEntryBenchmark).Assembly).Run(args);
