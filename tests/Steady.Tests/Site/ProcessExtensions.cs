using System.Diagnostics;

namespace Steady.Tests.Site;

/// <summary>Waiting for a child process with a time limit.</summary>
internal static class ProcessExtensions
{
    public static int WaitForExitCode(this Process process)
    {
        using (process)
        {
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("the build did not finish in 3 minutes");
            }

            return process.ExitCode;
        }
    }
}
