using Spectre.Console;

namespace Steady.Cli;

/// <summary>
/// Where commands write. Machine-readable output (diagnostics, JSON, reports) goes to <see cref="Out"/> as plain text,
/// never wrapped; summaries and progress go through Spectre.Console. Tests swap both for writers they can read.
/// </summary>
public sealed class Terminal
{
    private static readonly AsyncLocal<Terminal?> CurrentTerminal = new();

    public Terminal(TextWriter output, TextWriter error, IAnsiConsole ansi)
    {
        Out = output;
        Error = error;
        Ansi = ansi;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Ansi { get; }

    /// <summary>The terminal of the current command run (the process console unless a test set another).</summary>
    public static Terminal Current
    {
        get => CurrentTerminal.Value ?? Console;
        set => CurrentTerminal.Value = value;
    }

    private static Terminal Console { get; } = new(System.Console.Out, System.Console.Error, AnsiConsole.Console);

    /// <summary>A terminal writing plain text without colours into the given writer.</summary>
    public static Terminal ForWriter(TextWriter writer) => new(writer, writer, AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(writer),
    }));
}
