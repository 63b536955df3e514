using Spectre.Console.Cli;
using Steady.Cli.Commands;

namespace Steady.Cli;

/// <summary>Builds the command tree of the <c>steady</c> program and turns failures into exit codes.</summary>
public static class SteadyApp
{
    public static int Run(string[] args) => Run(args, null);

    /// <summary>Runs a command line; tests pass a terminal to read what was written.</summary>
    public static int Run(string[] args, Terminal? terminal) => Run(args, terminal, CancellationToken.None);

    /// <summary>Runs a command line that stops when <paramref name="cancel"/> is cancelled (tests stop <c>serve</c> so).</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050",
        Justification = "Spectre.Console.Cli reads the commands and their settings by reflection; Steady.csproj roots it and this assembly (TrimmerRootAssembly), so nothing it reads is trimmed, and it makes no new generic code for them.")]
    public static int Run(string[] args, Terminal? terminal, CancellationToken cancel)
    {
        if (terminal is not null)
        {
            Terminal.Current = terminal;
        }

        var app = new CommandApp();
        app.Configure(Configure);
        try
        {
            return app.Run(args, cancel);
        }
        catch (UsageException ex)
        {
            Terminal.Current.Error.WriteLine($"steady: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (CommandAppException ex)
        {
            Terminal.Current.Error.WriteLine($"steady: {ex.Message}");
            Terminal.Current.Error.WriteLine("Run 'steady --help' for the commands and their options.");
            return ExitCodes.Usage;
        }
        catch (DirectoryNotFoundException ex)
        {
            Terminal.Current.Error.WriteLine($"steady: {ex.Message}");
            return ExitCodes.Usage;
        }
    }

    public static void Configure(IConfigurator config)
    {
        config.SetApplicationName("steady");
        config.SetApplicationVersion(typeof(SteadyApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        config.PropagateExceptions();
        config.Settings.StrictParsing = true;
        config.SetInterceptor(new TerminalInterceptor());
        config.AddCommand<BuildCommand>("build")
            .WithDescription("Build the site into _site/ (or --out): pages from the registry, content and theme.")
            .WithExample("build", "--base-url", "https://org.github.io/registry/");
        config.AddCommand<ServeCommand>("serve")
            .WithDescription("Build the site, serve it on 127.0.0.1, rebuild after every change and reload the open pages.")
            .WithExample("serve", "--port", "0");
        config.AddCommand<ValidateCommand>("validate")
            .WithDescription("Check every registry file and print all problems as file:line:col.")
            .WithExample("validate", "--format", "github");
        config.AddCommand<NewCommand>("new")
            .WithDescription("Write a new, commented project entry that passes validation.")
            .WithExample("new", "libexample");
        config.AddCommand<CheckCommand>("check")
            .WithDescription("Check a built site: internal links, anchors, titles, headings, lang and alt text.")
            .WithExample("check", "--site", "_site");
        config.AddCommand<GuardCommand>("guard")
            .WithDescription("Decide whether a pull request may change the registry: allowed, needs approval (by whom) or refused.")
            .WithExample("guard", "--base", "origin/main", "--head", "HEAD", "--author", "octocat", "--format", "markdown");
        config.AddCommand<AuditCommand>("audit")
            .WithDescription("Match an SBOM against the registry; exit 1 when a dependency is under caution.")
            .WithExample("audit", "--sbom", "bom.json", "--fail-on", "elevated");
        config.AddCommand<SchemaCommand>("schema")
            .WithDescription("Write the JSON Schemas of the registry files (for editors and tools).");
        config.AddCommand<EnrichCommand>("enrich")
            .WithDescription("Read GitHub data (archived, releases, FUNDING.yml, accounts) into registry-data/enrichment/.")
            .WithExample("enrich", "--only", "libexample");
    }

    /// <summary>Routes Spectre's own help and error text to the current terminal.</summary>
    private sealed class TerminalInterceptor : ICommandInterceptor
    {
        public void Intercept(CommandContext context, CommandSettings settings)
        {
        }
    }
}
