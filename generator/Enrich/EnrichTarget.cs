namespace Steady.Enrich;

/// <summary>One project to enrich: its slug, repository address, the repository on GitHub (null when it is elsewhere) and its maintainers' logins.</summary>
public sealed record EnrichTarget(string Slug, string RepositoryUrl, GitHubRepository? Repository, IReadOnlyList<string> Maintainers);
