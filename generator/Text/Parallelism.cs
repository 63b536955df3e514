using System.Runtime.ExceptionServices;

namespace Steady.Text;

/// <summary>
/// The one setting for parallel loops: no more workers than cores. Loops that also do file I/O would otherwise let
/// the thread pool add threads that only contend for the same directories and the CPU.
/// </summary>
public static class Parallelism
{
    public static readonly ParallelOptions Options = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>Runs <paramref name="actions"/> side by side, as <see cref="Unwrapped"/> runs work.</summary>
    public static void Invoke(params Action[] actions) => Unwrapped(() => Parallel.Invoke(actions));

    /// <summary>
    /// Runs parallel work and rethrows the first failure as itself rather than wrapped in an
    /// <see cref="AggregateException"/>, so that a build reports it as it reports any other.
    /// </summary>
    public static void Unwrapped(Action work)
    {
        try
        {
            work();
        }
        catch (AggregateException ex) when (ex.Flatten().InnerExceptions.FirstOrDefault() is { } first)
        {
            ExceptionDispatchInfo.Capture(first).Throw();
        }
    }
}
