using Steady.Cli;

namespace Steady.Tests.Support;

/// <summary>Runs the <c>steady</c> command line in-process and captures what it wrote.</summary>
public static class CommandRunner
{
    private static readonly SemaphoreSlim WorkingDirectory = new(1, 1);

    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var code = SteadyApp.Run(args, Terminal.ForWriter(writer));
        return (code, writer.ToString());
    }

    /// <summary>Runs a command with the working folder set (commands resolve their defaults from it).</summary>
    public static (int ExitCode, string Output) RunIn(string directory, params string[] args)
    {
        WorkingDirectory.Wait();
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = directory;
            return Run(args);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            WorkingDirectory.Release();
        }
    }
}
