using System.ComponentModel;
using Spectre.Console.Cli;

namespace Steady.Cli.Commands;

/// <summary>Options shared by commands that read the registry.</summary>
public class RegistrySettings : CommandSettings
{
    [CommandOption("--registry <DIR>")]
    [Description("The registry folder. Default: registry-data")]
    public string Registry { get; init; } = "registry-data";

    [CommandOption("--as-of <DATE>")]
    [Description("The date signals are computed for (YYYY-MM-DD). SOURCE_DATE_EPOCH wins when set. Default: today")]
    public string? AsOf { get; init; }

    /// <summary>The registry folder as named in diagnostics: relative to the working folder when inside it.</summary>
    public string DisplayRoot()
    {
        var full = Path.GetFullPath(Registry);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
