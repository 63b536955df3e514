using System.Diagnostics;
using System.Text;

namespace Steady.Tests.Guard;

/// <summary>
/// A real git repository in a temporary folder, isolated from the machine's git configuration, with fixed author
/// and dates so that commit ids are the same on every run.
/// </summary>
public sealed class TempGitRepository : IDisposable
{
    private int _commits;

    public TempGitRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "steady-guard-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Git("init", "-q", "-b", "main");
        Git("config", "user.name", "Steady Tests");
        Git("config", "user.email", "tests@steady.invalid");
        Git("config", "commit.gpgsign", "false");
        Git("config", "core.autocrlf", "false");
    }

    public string Root { get; }

    public void Write(string path, string content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new UTF8Encoding(false));
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Root, path));

    /// <summary>Replaces text in a file; fails when the text is not there, so a scenario cannot silently do nothing.</summary>
    public void Edit(string path, string from, string to)
    {
        var text = Read(path);
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{from}' is not in {path}");
        }

        Write(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Delete(string path) => File.Delete(Path.Combine(Root, path));

    public void Move(string from, string to)
    {
        Write(to, Read(from));
        Delete(from);
    }

    /// <summary>Commits everything and returns the commit id.</summary>
    public string Commit(string message)
    {
        _commits++;
        var date = $"2026-02-{_commits:00}T12:00:00+00:00";
        Git(["add", "-A"], []);
        Git(["commit", "-q", "--allow-empty", "-m", message], [("GIT_AUTHOR_DATE", date), ("GIT_COMMITTER_DATE", date)]);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] args) => Git(args, []);

    private string Git(string[] args, (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error}");
        }

        return output.Result;
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
