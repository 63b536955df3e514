namespace Steady.Audit;

/// <summary>The result of auditing one SBOM against the registry: what every output format writes.</summary>
/// <param name="Sbom">The SBOM as read.</param>
/// <param name="Matches">The matched dependencies, strongest caution first, then by project slug and dependency.</param>
/// <param name="FailOn">The caution level that fails the audit.</param>
/// <param name="ToolVersion">The version of <c>steady</c> that wrote the report.</param>
public sealed record AuditReport(SbomDocument Sbom, IReadOnlyList<AuditMatch> Matches, AuditFailOn FailOn, string ToolVersion)
{
    /// <summary>How many dependencies the SBOM lists.</summary>
    public int DependencyCount => Sbom.Dependencies.Count;

    /// <summary>How many dependencies matched a registry project.</summary>
    public int MatchedCount => Matches.Count;

    /// <summary>How many matched dependencies are under elevated or high caution.</summary>
    public int UnderCautionCount => Matches.Count(m => m.Entry.Caution != AuditCautionLevel.None);

    /// <summary>How many matched dependencies reach <see cref="FailOn"/>.</summary>
    public int FailingCount => Matches.Count(m => Reaches(m.Entry.Caution, FailOn));

    /// <summary>True when any matched dependency reaches <see cref="FailOn"/>.</summary>
    public bool Fails => FailingCount > 0;

    /// <summary>1 when the audit fails, else 0.</summary>
    public int ExitCode => Fails ? 1 : 0;

    /// <summary>The one-line summary: <c>N dependencies read, M matched, K under caution</c>.</summary>
    public string Summary => $"{DependencyCount} dependencies read, {MatchedCount} matched, {UnderCautionCount} under caution";

    /// <summary>Matches <paramref name="sbom"/> against <paramref name="entries"/>.</summary>
    public static AuditReport Create(SbomDocument sbom, IReadOnlyList<AuditEntry> entries, AuditFailOn failOn, string toolVersion)
    {
        var matches = new AuditMatcher(entries).MatchAll(sbom.Dependencies)
            .OrderByDescending(m => m.Entry.Caution)
            .ThenBy(m => m.Entry.Slug, StringComparer.Ordinal)
            .ThenBy(m => m.Dependency.Display, StringComparer.Ordinal)
            .ThenBy(m => m.Dependency.Location, StringComparer.Ordinal)
            .ToList();
        return new AuditReport(sbom, matches, failOn, toolVersion);
    }

    /// <summary>True when <paramref name="caution"/> reaches the <paramref name="failOn"/> threshold.</summary>
    public static bool Reaches(AuditCautionLevel caution, AuditFailOn failOn) => failOn switch
    {
        AuditFailOn.Elevated => caution >= AuditCautionLevel.Elevated,
        AuditFailOn.High => caution >= AuditCautionLevel.High,
        _ => false,
    };
}
