namespace Steady.Text;

/// <summary>
/// The one setting for parallel loops: no more workers than cores. Loops that also do file I/O would otherwise let
/// the thread pool add threads that only contend for the same directories and the CPU.
/// </summary>
public static class Parallelism
{
    public static readonly ParallelOptions Options = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}
