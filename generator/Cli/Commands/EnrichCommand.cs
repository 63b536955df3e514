using System.ComponentModel;
using System.Globalization;
using System.Net;
using Spectre.Console;
using Spectre.Console.Cli;
using Steady.Enrich;
using Steady.Load;

namespace Steady.Cli.Commands;

/// <summary>
/// <c>steady enrich</c>: reads GitHub data for every project whose repository is on GitHub and writes
/// <c>registry-data/enrichment/&lt;slug&gt;.json</c>. Exit 0 when every repository was read, 1 otherwise.
/// </summary>
public sealed class EnrichCommand : AsyncCommand<EnrichCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--registry <DIR>")]
        [Description("The registry folder. Default: registry-data")]
        public string Registry { get; init; } = "registry-data";

        [CommandOption("--only <SLUG>")]
        [Description("Enrich only these projects (repeat the option, or separate slugs with commas)")]
        public string[] Only { get; init; } = [];

        [CommandOption("--token <TOKEN>")]
        [Description("GitHub token for the higher rate limit. Default: $GITHUB_TOKEN; without one, requests are anonymous")]
        public string? Token { get; init; }

        [CommandOption("--api-url <URL>")]
        [Description("GitHub REST API address (GitHub Enterprise: https://HOST/api/v3). Default: $GITHUB_API_URL, else https://api.github.com")]
        public string? ApiUrl { get; init; }

        [CommandOption("--max-wait <SECONDS>")]
        [Description("Longest wait for a rate limit to reset; a later reset stops the run. Default: 60")]
        public int MaxWait { get; init; } = 60;

        public override ValidationResult Validate() => MaxWait is < 0 or > 86_400
            ? ValidationResult.Error("--max-wait must be between 0 and 86400 seconds")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        var apiUrl = ResolveApiUrl(settings.ApiUrl ?? Environment.GetEnvironmentVariable("GITHUB_API_URL"));
        var token = settings.Token ?? Environment.GetEnvironmentVariable("GITHUB_TOKEN");
        token = string.IsNullOrWhiteSpace(token) ? null : token.Trim();
        if (token is not null && apiUrl.Scheme == Uri.UriSchemeHttp && !IsLoopback(apiUrl))
        {
            throw new UsageException($"refusing to send a token over plain http to {apiUrl.Host}; use an https API address");
        }

        var loaded = RegistryLoader.Load(settings.Registry, DisplayRoot(settings.Registry), DateOnly.FromDateTime(DateTime.UtcNow));
        var errors = loaded.Diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            terminal.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"steady: the registry has {errors} error(s) (see `steady validate`); enriching the entries that could be read"));
        }

        var only = settings.Only.SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        var targets = Enricher.Targets(loaded.Registry, only, apiUrl);
        var options = new EnrichOptions
        {
            RegistryDir = settings.Registry,
            ApiUrl = apiUrl,
            Token = token,
            Policy = ClientPolicy.Default with { MaxWait = TimeSpan.FromSeconds(settings.MaxWait) },
        };
        var enricher = new Enricher(options);
        var report = terminal.Ansi.Profile.Capabilities is { Interactive: true, Ansi: true }
            ? await RunWithProgressBarAsync(terminal, enricher, targets, cancellationToken)
            : await enricher.RunAsync(targets, new PlainProgress(terminal), cancellationToken);

        EnrichSummary.Write(terminal, report);
        return report.Succeeded ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static Task<EnrichReport> RunWithProgressBarAsync(
        Terminal terminal, Enricher enricher, IReadOnlyList<EnrichTarget> targets, CancellationToken cancellationToken) =>
        terminal.Ansi.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Enriching", maxValue: Math.Max(1, targets.Count));
                return await enricher.RunAsync(targets, new BarProgress(terminal, task), cancellationToken);
            });

    /// <summary>The API address: the option, else <c>GITHUB_API_URL</c>, else api.github.com; always ending in <c>/</c>.</summary>
    internal static Uri ResolveApiUrl(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return EnrichOptions.GitHubApi;
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) ||
            !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new UsageException($"API address '{text}' is not an absolute http(s) address such as https://api.github.com");
        }

        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static string DisplayRoot(string registry)
    {
        var full = Path.GetFullPath(registry);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }

    /// <summary>One line per repository, for logs and pipes.</summary>
    private sealed class PlainProgress(Terminal terminal) : IEnrichProgress
    {
        public void Started(EnrichTarget target, int index, int total)
        {
        }

        public void Finished(RepositoryOutcome outcome, int index, int total) =>
            terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{index + 1}/{total}] {outcome.Slug} ({outcome.Repository}): {EnrichSummary.Name(outcome.Kind)}{(outcome.Detail is null ? "" : " - " + outcome.Detail)}"));

        public void Notice(string text) => terminal.Out.WriteLine($"  {text}");
    }

    /// <summary>A progress bar naming the repository in flight.</summary>
    private sealed class BarProgress(Terminal terminal, ProgressTask task) : IEnrichProgress
    {
        public void Started(EnrichTarget target, int index, int total) =>
            task.Description = Markup.Escape($"{target.Slug} ({target.Repository?.ToString() ?? "not on GitHub"})");

        public void Finished(RepositoryOutcome outcome, int index, int total) => task.Increment(1);

        public void Notice(string text) => terminal.Ansi.MarkupLine($"[yellow]{Markup.Escape(text)}[/]");
    }
}
