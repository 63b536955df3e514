namespace Steady.Audit;

/// <summary>
/// Matches dependencies to registry projects, strongest evidence first: the exact canonical purl, then the
/// same package ignoring version, qualifiers and subpath, then the same source repository (the SBOM's own
/// repository URL, else one the purl names: <c>pkg:github</c>, Go modules on GitHub, <c>vcs_url</c>).
/// Nothing looser is tried, so a dependency never matches a project by name alone.
/// When two projects claim the same key, the one whose slug sorts first wins.
/// </summary>
public sealed class AuditMatcher
{
    private readonly Dictionary<string, (AuditEntry Entry, string Purl)> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (AuditEntry Entry, string Purl)> package = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuditEntry> repository = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="entries"/> by purl, package and repository.</summary>
    public AuditMatcher(IEnumerable<AuditEntry> entries)
    {
        foreach (var entry in entries.OrderBy(e => e.Slug, StringComparer.Ordinal))
        {
            foreach (var purl in entry.Purls)
            {
                var canonical = purl.ToString();
                exact.TryAdd(canonical, (entry, canonical));
                package.TryAdd(purl.VersionlessKey, (entry, canonical));
                if (RepositoryUrl.FromPurl(purl) is { } fromPurl)
                {
                    repository.TryAdd(fromPurl, entry);
                }
            }

            if (RepositoryUrl.Normalize(entry.Repository) is { } url)
            {
                repository.TryAdd(url, entry);
            }
        }
    }

    /// <summary>The best match of <paramref name="dependency"/>, or null when no project matches.</summary>
    public AuditMatch? Match(SbomDependency dependency)
    {
        if (dependency.Purl is { } purl)
        {
            if (exact.TryGetValue(purl.ToString(), out var hit))
            {
                return new AuditMatch(dependency, hit.Entry, AuditMatchKind.Exact, hit.Purl);
            }

            if (package.TryGetValue(purl.VersionlessKey, out hit))
            {
                return new AuditMatch(dependency, hit.Entry, AuditMatchKind.Package, hit.Purl);
            }
        }

        foreach (var url in CandidateRepositories(dependency))
        {
            if (repository.TryGetValue(url, out var entry))
            {
                return new AuditMatch(dependency, entry, AuditMatchKind.Repository, url);
            }
        }

        return null;
    }

    /// <summary>Every match of <paramref name="dependencies"/>, in their order.</summary>
    public IReadOnlyList<AuditMatch> MatchAll(IEnumerable<SbomDependency> dependencies) =>
        dependencies.Select(Match).OfType<AuditMatch>().ToList();

    private static IEnumerable<string> CandidateRepositories(SbomDependency dependency)
    {
        if (dependency.Repository is not null)
        {
            yield return dependency.Repository;
        }

        if (dependency.Purl is not null && RepositoryUrl.FromPurl(dependency.Purl) is { } fromPurl && fromPurl != dependency.Repository)
        {
            yield return fromPurl;
        }
    }
}
