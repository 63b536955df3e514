namespace Steady.Audit;

/// <summary>
/// Matches dependencies to registry projects, strongest evidence first: the exact canonical purl, then the
/// same package ignoring version, qualifiers and subpath, then the same source repository (the SBOM's own
/// repository URL, else one the purl names: <c>pkg:github</c>, Go modules on GitHub, <c>vcs_url</c>).
/// Nothing looser is tried, so a dependency never matches a project by name alone.
/// When two projects claim the same key, a plain package purl wins over a pinned one, then the slug that sorts first.
/// </summary>
public sealed class AuditMatcher
{
    private readonly Dictionary<string, (AuditEntry Entry, string Purl)> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (AuditEntry Entry, string Purl)> package = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuditEntry> repository = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="entries"/> by purl, package and repository.</summary>
    public AuditMatcher(IEnumerable<AuditEntry> entries)
    {
        var ordered = entries.OrderBy(e => e.Slug, StringComparer.Ordinal).ToList();

        // A plain package purl claims its package before a purl pinned to a version or qualifiers does.
        var claims = ordered.SelectMany(e => e.Purls.Select(p => (Entry: e, Purl: p, Canonical: p.ToString())))
            .OrderBy(c => c.Canonical == c.Purl.VersionlessKey ? 0 : 1);
        foreach (var (entry, purl, canonical) in claims)
        {
            exact.TryAdd(canonical, (entry, canonical));
            package.TryAdd(purl.VersionlessKey, (entry, canonical));
        }

        foreach (var entry in ordered)
        {
            foreach (var purl in entry.Purls)
            {
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
