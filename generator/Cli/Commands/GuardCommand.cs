using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Cli;
using Steady.Guard;
using Steady.Guard.GitHub;
using Steady.Guard.Report;

namespace Steady.Cli.Commands;

/// <summary>
/// <c>steady guard</c>: decides whether a pull request may change the registry (exit 0 allowed, 1 needs approval or
/// refused, 2 usage error). The thin shell around <see cref="GuardRun"/>.
/// </summary>
public sealed partial class GuardCommand : AsyncCommand<GuardCommand.Settings>
{
    /// <summary>The options of <c>steady guard</c>.</summary>
    public sealed partial class Settings : CommandSettings
    {
        [CommandOption("--base <REF>")]
        [Description("The pull request's base commit (a branch, tag or commit id).")]
        public string? Base { get; init; }

        [CommandOption("--head <REF>")]
        [Description("The pull request's head commit, or the merge commit that merges it.")]
        public string? Head { get; init; }

        [CommandOption("--author <LOGIN>")]
        [Description("The author's GitHub login. Required unless --repo and --pr are given.")]
        public string? Author { get; init; }

        [CommandOption("--approvals <LOGINS>")]
        [Description("Comma-separated logins that approved the head commit (without --repo/--pr).")]
        public string? Approvals { get; init; }

        [CommandOption("--admins <LOGINS>")]
        [Description("Comma-separated logins of the repository's admins.")]
        public string? Admins { get; init; }

        [CommandOption("--repo <OWNER/NAME>")]
        [Description("The GitHub repository of the pull request; with --pr, author, reviews and account age come from GitHub.")]
        public string? Repo { get; init; }

        [CommandOption("--pr <NUMBER>")]
        [Description("The pull request number.")]
        public int? Pr { get; init; }

        [CommandOption("--token <TOKEN>")]
        [Description("GitHub token (read-only is enough). Default: the GITHUB_TOKEN environment variable.")]
        public string? Token { get; init; }

        [CommandOption("--api-url <URL>")]
        [Description("GitHub API URL. Default: GITHUB_API_URL, else https://api.github.com")]
        public string? ApiUrl { get; init; }

        [CommandOption("--author-created <DATE>")]
        [Description("When the author's account was created (YYYY-MM-DD), without --repo/--pr.")]
        public string? AuthorCreated { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("text (default), github (Actions annotations), markdown (pull request comment) or json")]
        public string Format { get; init; } = "text";

        [CommandOption("--report <FILE>")]
        [Description("Also write the Markdown report to this file (for a pull request comment).")]
        public string? Report { get; init; }

        [CommandOption("--git-dir <DIR>")]
        [Description("A folder inside the git repository. Default: the current folder.")]
        public string? GitDir { get; init; }

        [CommandOption("--as-of <DATE>")]
        [Description("The date account ages are counted to (YYYY-MM-DD). SOURCE_DATE_EPOCH wins when set. Default: today")]
        public string? AsOf { get; init; }

        public override ValidationResult Validate()
        {
            string? problem = null;
            if (string.IsNullOrWhiteSpace(Base) || string.IsNullOrWhiteSpace(Head))
            {
                problem = "--base and --head are required";
            }
            else if (!GuardReportFormat.IsKnown(Format))
            {
                problem = $"--format must be one of {string.Join(", ", GuardReportFormat.Names)}";
            }
            else if ((Repo is null) != (Pr is null))
            {
                problem = "--repo and --pr go together";
            }
            else if (Repo is not null && !RepoPattern().IsMatch(Repo))
            {
                problem = $"--repo '{Repo}' is not OWNER/NAME";
            }
            else if (Pr is <= 0)
            {
                problem = "--pr must be a positive number";
            }
            else if (Repo is not null && (Approvals is not null || AuthorCreated is not null))
            {
                problem = "with --repo and --pr, approvals and the account age come from GitHub: drop --approvals and --author-created";
            }
            else if (Repo is null && string.IsNullOrWhiteSpace(Author))
            {
                problem = "--author is required unless --repo and --pr name a pull request";
            }

            return problem is null ? ValidationResult.Success() : ValidationResult.Error(problem);
        }

        [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant)]
        private static partial Regex RepoPattern();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var terminal = Terminal.Current;
        var options = ToOptions(settings);
        GuardReport report;
        try
        {
            report = await GuardRun.ExecuteAsync(options).ConfigureAwait(false);
        }
        catch (GuardInputException ex)
        {
            throw new UsageException(ex.Message);
        }

        GuardReportFormat.Write(terminal.Out, settings.Format, report);
        if (settings.Report is { } path)
        {
            using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            MarkdownReport.Write(writer, report);
        }

        if (settings.Format == "text")
        {
            var colour = report.Decision == GuardDecision.Allowed ? "green" : report.Decision == GuardDecision.Refused ? "red" : "yellow";
            terminal.Ansi.MarkupLine($"[{colour}]{Markup.Escape(GuardReportFormat.Name(report.Decision))}[/]");
        }

        return report.ExitCode;
    }

    internal static GuardOptions ToOptions(Settings settings)
    {
        var admins = List(settings.Admins);
        foreach (var admin in admins.Where(a => !Logins.IsValid(a)))
        {
            throw new UsageException($"--admins: '{admin}' is not a GitHub login ({Logins.Explain(admin)})");
        }

        var apiUrl = settings.ApiUrl ?? NonEmpty(Environment.GetEnvironmentVariable("GITHUB_API_URL")) ?? GitHubPullRequestReader.DefaultApiUrl;
        if (!Uri.TryCreate(apiUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            throw new UsageException($"--api-url '{apiUrl}' is not an http(s) URL");
        }

        return new GuardOptions(
            settings.GitDir ?? Environment.CurrentDirectory,
            settings.Base!,
            settings.Head!,
            NonEmpty(settings.Author?.Trim()),
            List(settings.Approvals),
            admins,
            settings.AuthorCreated is { } created ? AsOfDate.Parse(created, "--author-created") : null,
            AsOfDate.Resolve(settings.AsOf),
            settings.Repo is { } repo ? new PullRequestRef(repo, settings.Pr!.Value) : null,
            apiUrl,
            NonEmpty(settings.Token) ?? NonEmpty(Environment.GetEnvironmentVariable("GITHUB_TOKEN")));
    }

    private static string[] List(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
