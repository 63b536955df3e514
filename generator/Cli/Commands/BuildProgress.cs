using System.Globalization;
using Spectre.Console;
using Steady.Build;

namespace Steady.Cli.Commands;

/// <summary>
/// Shows the stages of a build as they run: a progress bar when the output is an interactive terminal, and one
/// plain line per finished stage otherwise (CI logs), written to the error stream so the output stays clean.
/// </summary>
internal static class BuildProgress
{
    private static readonly string[] Stages = ["load", "validate", "derive", "plan", "render", "write"];

    public static T Run<T>(Terminal terminal, Func<IProgress<StageProgress>, T> build)
    {
        if (!terminal.Ansi.Profile.Capabilities.Interactive || Console.IsOutputRedirected || IsCi())
        {
            return build(new Plain(terminal.Error));
        }

        T result = default!;
        terminal.Ansi.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("build", maxValue: Stages.Length);
                result = build(new Bar(task));
            });
        return result;
    }

    private static bool IsCi() => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Progress reported on the calling thread, so lines appear in stage order.</summary>
    private sealed class Plain(TextWriter writer) : IProgress<StageProgress>
    {
        public void Report(StageProgress value)
        {
            if (value.Elapsed is { } elapsed && !value.Stage.Contains(' ', StringComparison.Ordinal))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"steady: {value.Stage} done in {elapsed.TotalSeconds:0.00} s"));
            }
        }
    }

    private sealed class Bar(ProgressTask task) : IProgress<StageProgress>
    {
        public void Report(StageProgress value)
        {
            if (value.Stage.Contains(' ', StringComparison.Ordinal))
            {
                task.Description = value.Elapsed is null ? value.Stage : task.Description;
                return;
            }

            task.Description = value.Stage;
            if (value.Elapsed is not null)
            {
                task.Increment(1);
            }
        }
    }
}
