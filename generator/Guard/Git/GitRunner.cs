using System.Diagnostics;
using System.Text;

namespace Steady.Guard.Git;

/// <summary>
/// Runs git as a child process with an argument list (never a shell string) in one repository.
/// Only read commands are used; the work tree and the index are never touched.
/// </summary>
public sealed class GitRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public GitRunner(string repositoryDir)
    {
        RepositoryDir = Path.GetFullPath(repositoryDir);
    }

    /// <summary>The folder git runs in (any folder inside the repository).</summary>
    public string RepositoryDir { get; }

    /// <summary>Runs git and returns its standard output as bytes; throws <see cref="GitCommandException"/> on a non-zero exit.</summary>
    public byte[] Run(IReadOnlyList<string> arguments, byte[]? input = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = RepositoryDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
            CreateNoWindow = true,
        };

        // Settings that could run programs or rewrite output are switched off for every call.
        foreach (var setting in (string[])["core.fsmonitor=false", "core.quotePath=false", "diff.external=", "log.showSignature=false"])
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(setting);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["LC_ALL"] = "C";

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new GitCommandException($"could not run git: {ex.Message}");
        }

        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdinTask = Task.CompletedTask;
        if (input is not null)
        {
            stdinTask = Task.Run(() =>
            {
                using var stdin = process.StandardInput.BaseStream;
                stdin.Write(input);
            });
        }

        using var output = new MemoryStream();
        var copyTask = process.StandardOutput.BaseStream.CopyToAsync(output);
        if (!Task.WaitAll([copyTask, stdinTask, stderrTask], Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new GitCommandException($"git {Describe(arguments)} did not finish within {Timeout.TotalMinutes:0} minutes");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var error = stderrTask.Result.Trim();
            throw new GitCommandException($"git {Describe(arguments)} failed: {(error.Length == 0 ? $"exit code {process.ExitCode}" : error)}");
        }

        return output.ToArray();
    }

    /// <summary>Runs git and returns its output as UTF-8 text.</summary>
    public string RunText(IReadOnlyList<string> arguments) => Encoding.UTF8.GetString(Run(arguments));

    private static string Describe(IReadOnlyList<string> arguments) => string.Join(' ', arguments.Take(3));
}
