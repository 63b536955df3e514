using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Steady.Benchmarks.LoadEntryBenchmark).Assembly).Run(args);
