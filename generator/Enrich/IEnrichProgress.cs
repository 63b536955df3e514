namespace Steady.Enrich;

/// <summary>Hears about a run as it goes, for a progress bar or plain progress lines.</summary>
public interface IEnrichProgress
{
    void Started(EnrichTarget target, int index, int total);

    void Finished(RepositoryOutcome outcome, int index, int total);

    /// <summary>Something worth telling while a repository is in flight, such as a wait for the rate limit.</summary>
    void Notice(string text);
}
