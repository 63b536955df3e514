using Steady.Derive;
using Steady.Model;
using Steady.Plan;
using Steady.Purl;
using Steady.Validate;

namespace Steady.Audit;

/// <summary>Builds the audit's view of the registry from the derived signals of a local registry.</summary>
public static class AuditEntries
{
    public static IReadOnlyList<AuditEntry> FromSite(SiteData data, SiteUrls urls) =>
        data.Projects.Select(p => FromProject(p, urls)).ToArray();

    public static AuditEntry FromProject(ProjectSignals signals, SiteUrls urls)
    {
        var project = signals.Project;
        return new AuditEntry(
            project.Slug,
            project.Name,
            urls.Absolute(SiteUrls.ProjectPath(project.Slug)),
            project.Packages.Select(p => PackageUrl.TryParse(p, out var purl, out _) ? purl : null).OfType<PackageUrl>().ToArray(),
            project.Repository,
            Vocabulary.Name(project.Status.State),
            signals.Caution.Level switch
            {
                CautionLevel.High => AuditCautionLevel.High,
                CautionLevel.Elevated => AuditCautionLevel.Elevated,
                _ => AuditCautionLevel.None,
            },
            signals.Caution.Reasons.Select(r => r.Text).ToArray(),
            project.InterimStewards.Select(s => new AuditSteward(s.Github, s.Powers.Select(Vocabulary.Name).ToArray())).ToArray(),
            project.HelpWanted.Select(h => new AuditHelpWanted(Vocabulary.Name(h.Kind), h.Summary)).ToArray());
    }
}
