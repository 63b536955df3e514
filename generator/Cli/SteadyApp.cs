using Spectre.Console.Cli;

namespace Steady.Cli;

/// <summary>Builds the command tree of the <c>steady</c> program.</summary>
public static class SteadyApp
{
    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.Configure(Configure);
        return app.Run(args);
    }

    public static void Configure(IConfigurator config)
    {
        config.SetApplicationName("steady");
        config.SetApplicationVersion(typeof(SteadyApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        config.PropagateExceptions();
    }
}
