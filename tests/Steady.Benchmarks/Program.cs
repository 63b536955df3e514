using BenchmarkDotNet.Running;

if (args is ["publishers", var registry])
{
    WarnIfTiered();
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
    WarnIfTiered();
    Steady.Benchmarks.LoadProfile.Run(loadRegistry, rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Steady.Benchmarks.LoadEntryBenchmark).Assembly).Run(args);

// steady runs with tiered compilation off (generator/Steady.csproj); with it on, a profile's first pass runs code that is
// not yet optimised and its figures are not a build's.
static void WarnIfTiered()
{
    var setting = Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") ?? Environment.GetEnvironmentVariable("COMPlus_TieredCompilation");
    if (setting != "0")
    {
        Console.Error.WriteLine("note: tiered compilation is on; steady runs with it off. Set DOTNET_TieredCompilation=0 for a build's figures.");
    }
}
