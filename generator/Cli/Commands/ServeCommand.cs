using System.ComponentModel;
using System.Runtime.InteropServices;
using Spectre.Console.Cli;
using Steady.Serve;
using Steady.Write;

namespace Steady.Cli.Commands;

/// <summary>
/// <c>steady serve</c>: builds the site into a preview folder (<c>_site.serve</c> beside the output folder, never
/// the output folder itself), serves it on 127.0.0.1 under the base path, rebuilds after every change of the
/// registry, content or theme, and reloads the open pages. Ctrl+C stops it.
/// </summary>
public sealed class ServeCommand : Command<ServeCommand.Settings>
{
    public const int DefaultPort = 8080;

    /// <summary>The options of <c>build</c>, and the port.</summary>
    public sealed class Settings : SiteCommandSettings
    {
        [CommandOption("--port <PORT>")]
        [Description("The port on 127.0.0.1; 0 picks a free one. Default: 8080")]
        public int Port { get; init; } = DefaultPort;

        public override Spectre.Console.ValidationResult Validate() =>
            Port is < 0 or > 65535
                ? Spectre.Console.ValidationResult.Error($"--port {Port} is not a port (0 to 65535)")
                : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        var asOf = AsOfDate.Resolve(settings.AsOf);
        if (settings.Resolve(terminal, asOf) is not { } site)
        {
            return ExitCodes.Usage;
        }

        foreach (var (name, path) in new[] { ("registry", site.Registry), ("theme", site.Theme), ("overrides", site.Overrides) })
        {
            if (path is not null && !Directory.Exists(path))
            {
                throw new UsageException($"{name} folder '{path}' does not exist");
            }
        }

        var folder = site.Out.TrimEnd('/', '\\') + ".serve";
        var inputs = new[] { site.Registry, site.Content, site.Theme, site.Overrides }.OfType<string>().ToArray();
        if (OutputFolderGuard.Problem(folder, inputs) is { } problem)
        {
            throw new UsageException(problem);
        }

        if (inputs.FirstOrDefault(i => IsInside(folder, i)) is { } watched)
        {
            throw new UsageException($"the preview folder '{folder}' is inside '{watched}', which serve watches; choose another --out");
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return Run(new ServeOptions(site, asOf, settings.Port, folder), terminal, stop.Token).GetAwaiter().GetResult();

        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
    }

    private static async Task<int> Run(ServeOptions options, Terminal terminal, CancellationToken stop)
    {
        await using (var session = await ServeSession.StartAsync(options, terminal, stop))
        {
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
                terminal.Out.WriteLine("stopping");
            }
        }

        terminal.Out.WriteLine("stopped");
        return ExitCodes.Ok;
    }

    private static bool IsInside(string inner, string outer)
    {
        var a = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inner));
        var b = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outer));
        return a.StartsWith(b + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
