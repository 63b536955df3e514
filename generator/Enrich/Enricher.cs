using System.Runtime.Serialization;
using Octokit;
using Steady.Model;

namespace Steady.Enrich;

/// <summary>
/// Runs <c>steady enrich</c> over a list of projects, one repository at a time (GitHub asks clients not to send
/// requests in parallel). A repository that fails is reported and skipped, keeping its earlier file; a rate limit
/// that resets too late stops the run, keeping every file already written.
/// </summary>
public sealed class Enricher(EnrichOptions options)
{
    /// <summary>The projects to enrich: all of the registry, or those named by <paramref name="only"/> (unknown slugs are an error).</summary>
    public static IReadOnlyList<EnrichTarget> Targets(Registry registry, IReadOnlyCollection<string> only, Uri apiUrl)
    {
        var unknown = only.Where(slug => registry.Projects.All(p => p.Slug != slug)).ToArray();
        if (unknown.Length > 0)
        {
            throw new Cli.UsageException($"no project named {string.Join(", ", unknown.Select(s => $"'{s}'"))} in the registry");
        }

        var serverHost = GitHubRepository.ServerHost(apiUrl);
        return registry.Projects
            .Where(p => only.Count == 0 || only.Contains(p.Slug))
            .Select(p => new EnrichTarget(
                p.Slug,
                p.Repository,
                GitHubRepository.TryParse(p.Repository, serverHost),
                p.Maintainers.Select(m => m.Github).Distinct(StringComparer.OrdinalIgnoreCase).ToArray()))
            .ToArray();
    }

    public async Task<EnrichReport> RunAsync(IReadOnlyList<EnrichTarget> targets, IEnrichProgress? progress, CancellationToken cancellationToken)
    {
        using var client = new ClientHolder(GitHubClientFactory.Create(options, text => progress?.Notice(text), cancellationToken));
        var reader = new GitHubReader(client.Client);
        var outcomes = new List<RepositoryOutcome>(targets.Count);
        string? stopped = null;
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            RepositoryOutcome outcome;
            if (stopped is not null)
            {
                outcome = new RepositoryOutcome(target.Slug, Shown(target), OutcomeKind.NotFetched, "not read: the run stopped");
                outcomes.Add(outcome);
                continue;
            }

            progress?.Started(target, i, targets.Count);
            if (target.Repository is null)
            {
                outcome = new RepositoryOutcome(target.Slug, target.RepositoryUrl, OutcomeKind.Skipped, "not on GitHub");
            }
            else
            {
                try
                {
                    outcome = await EnrichOneAsync(reader, target, cancellationToken).ConfigureAwait(false);
                }
                catch (RateLimitStopException ex)
                {
                    stopped = ex.Message;
                    outcome = new RepositoryOutcome(target.Slug, Shown(target), OutcomeKind.NotFetched, "rate limit reached");
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    stopped = "cancelled; files written so far are kept";
                    outcome = new RepositoryOutcome(target.Slug, Shown(target), OutcomeKind.NotFetched, "cancelled");
                }
            }

            outcomes.Add(outcome);
            progress?.Finished(outcome, i, targets.Count);
        }

        return new EnrichReport(outcomes, stopped);
    }

    private async Task<RepositoryOutcome> EnrichOneAsync(GitHubReader reader, EnrichTarget target, CancellationToken cancellationToken)
    {
        var shown = Shown(target);
        EnrichmentData data;
        try
        {
            data = await reader.ReadAsync(target, options.Clock()).ConfigureAwait(false);
        }
        catch (RateLimitExceededException ex)
        {
            throw new RateLimitStopException(
                $"GitHub's rate limit was reached; it resets at {ex.Reset.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC. " +
                "Files written so far are kept; run again after the reset, or set GITHUB_TOKEN for a higher limit.");
        }
        catch (Exception ex) when (Describe(ex, cancellationToken) is { } why)
        {
            return new RepositoryOutcome(target.Slug, shown, OutcomeKind.Failed, why);
        }

        var changed = EnrichmentWriter.Save(options.OutputFolder, target.Slug, data);
        var note = data.FundingProblem is { } problem ? UntrustedText.Clean($"FUNDING.yml ignored: {problem}") : null;
        return new RepositoryOutcome(target.Slug, shown, changed ? OutcomeKind.Updated : OutcomeKind.Unchanged, note);
    }

    /// <summary>Why a repository failed, safe to print; null for exceptions that must stop the run.</summary>
    private static string? Describe(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        RateLimitStopException => null,
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        OperationCanceledException => "no answer in time",
        UnexpectedResponseException or RequestFailedException or ResponseTooLargeException => UntrustedText.Clean(ex.Message),
        AuthorizationException => "GitHub refused the token (401); check GITHUB_TOKEN",
        ForbiddenException => UntrustedText.Clean($"GitHub refused access (403): {ex.Message}"),
        ApiException api when (int)api.StatusCode != 0 =>
            UntrustedText.Clean($"GitHub answered {(int)api.StatusCode}: {api.Message}"),
        SerializationException or FormatException or InvalidCastException or ArgumentException or InvalidOperationException
            or OverflowException or NullReferenceException or KeyNotFoundException or ApiException =>
            UntrustedText.Clean($"GitHub's answer could not be read ({ex.GetType().Name}: {ex.Message})"),
        _ => UntrustedText.Clean($"unexpected error ({ex.GetType().Name}: {ex.Message})"),
    };

    private static string Shown(EnrichTarget target) => target.Repository?.ToString() ?? target.RepositoryUrl;

    /// <summary>Disposes the client's HTTP stack at the end of the run.</summary>
    private sealed class ClientHolder(GitHubClient client) : IDisposable
    {
        public GitHubClient Client { get; } = client;

        public void Dispose() => (Client.Connection as IDisposable)?.Dispose();
    }
}
