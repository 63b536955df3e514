using System.Text.RegularExpressions;

namespace Steady.Tests.Serve;

/// <summary>The lines a child process printed, collected as they come, with bounded waits for a line matching a pattern.</summary>
internal sealed class ProcessLog
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return _lines.ToArray();
            }
        }
    }

    public void Add(string? line)
    {
        if (line is not null)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }

    public int Count(Regex pattern) => Lines.Count(pattern.IsMatch);

    /// <summary>The first group of the first line that matches, once one does.</summary>
    public async Task<string> WaitForAsync(Regex pattern, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (Lines.Select(l => pattern.Match(l)).FirstOrDefault(m => m.Success) is { } match)
            {
                return match.Groups[1].Value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"no line matching {pattern} within {timeout}:\n{string.Join('\n', Lines.TakeLast(40))}");
            }

            await Task.Delay(20);
        }
    }

    public async Task WaitForCountAsync(Regex pattern, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Count(pattern) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"fewer than {count} lines matching {pattern} within {timeout}:\n{string.Join('\n', Lines.TakeLast(40))}");
            }

            await Task.Delay(20);
        }
    }
}
