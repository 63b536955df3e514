using Steady.Model;
using Steady.Validate;

namespace Steady.Derive;

/// <summary>
/// Computes downstream caution, needs-help, funding gaps and staleness from one as-of date.
/// The rules are those of the design contract and are published on the site; the author's word wins:
/// a declared state is never overridden by metrics.
/// </summary>
public static class SignalDeriver
{
    /// <summary>Days a newly added maintainer is on probation, and an incident keeps caution high.</summary>
    public const int ProbationDays = 180;

    public const int IncidentDays = 180;

    private static readonly ProjectState[] ElevatedStates =
        [ProjectState.Hiatus, ProjectState.SeekingSuccessor, ProjectState.Handover, ProjectState.Orphaned, ProjectState.Unresponsive];

    private static readonly ProjectState[] QuietStates =
        [ProjectState.Active, ProjectState.MaintenanceOnly, ProjectState.Deprecated, ProjectState.Archived];

    /// <summary>Whether a state raises downstream caution to elevated while the project is in it.</summary>
    public static bool RaisesCaution(ProjectState state) => ElevatedStates.Contains(state);

    public static SiteData Derive(Registry registry, DateOnly asOf, Func<string, Enrichment?>? enrichment = null)
    {
        var projects = new ProjectSignals[registry.Projects.Count];
        Parallel.For(0, projects.Length, Text.Parallelism.Options, i =>
        {
            var p = registry.Projects[i];
            projects[i] = DeriveProject(p, asOf, enrichment?.Invoke(p.Slug));
        });
        return new SiteData(asOf, projects, registry.Stewards, registry.Sponsors);
    }

    public static ProjectSignals DeriveProject(Project project, DateOnly asOf, Enrichment? enrichment = null)
    {
        var caution = Caution(project, asOf, enrichment);
        var (gap, others) = Funding(project.Funding);
        var reasons = new List<string>();
        if (project.HelpWanted.Count > 0)
        {
            reasons.Add($"asks for help: {string.Join(", ", project.HelpWanted.Select(h => Vocabulary.Name(h.Kind)).Distinct())}");
        }

        if (!QuietStates.Contains(project.Status.State))
        {
            reasons.Add($"state is {Vocabulary.Name(project.Status.State)}");
        }

        if (gap is { Goal: > 0 } && gap.Missing > gap.Goal / 2)
        {
            reasons.Add("less than half of the funding goal is met");
        }

        var notes = new List<string>();
        if (enrichment?.Archived == true && project.Status.State is ProjectState.Active)
        {
            notes.Add("The repository is archived on GitHub, but the registry says active.");
        }

        var listed = (project.Funding?.Channels ?? []).Select(c => c.Url.TrimEnd('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unlisted = (enrichment?.FundingUrls ?? []).Where(u => !listed.Contains(u.TrimEnd('/'))).Order(StringComparer.Ordinal).ToArray();
        if (unlisted.Length > 0)
        {
            notes.Add($"The repository's FUNDING.yml lists channels the registry does not: {string.Join(", ", unlisted)}.");
        }

        return new ProjectSignals(
            project,
            caution,
            reasons.Count > 0,
            reasons,
            gap,
            others,
            project.Status.Reviewed < asOf.AddMonths(-RegistryValidator.StaleAfterMonths),
            notes);
    }

    private static CautionSignal Caution(Project project, DateOnly asOf, Enrichment? enrichment)
    {
        var reasons = new List<CautionReason>();
        if (project.Caution is { Level: not CautionLevel.None } declared)
        {
            reasons.Add(new CautionReason(CautionCause.Declared, declared.Level, LastCautionDate(project, declared.Level),
                declared.Reason ?? "declared in the entry"));
        }

        if (ElevatedStates.Contains(project.Status.State))
        {
            reasons.Add(new CautionReason(CautionCause.State, CautionLevel.Elevated, project.Status.Since,
                $"state is {Vocabulary.Name(project.Status.State)} since {project.Status.Since:yyyy-MM-dd}"));
        }

        foreach (var m in project.Maintainers)
        {
            if (m.Since is { } added && added > asOf.AddDays(-ProbationDays) && added <= asOf)
            {
                reasons.Add(new CautionReason(CautionCause.Probation, CautionLevel.Elevated, added,
                    $"maintainer {m.Github} added {added:yyyy-MM-dd}, on probation until {added.AddDays(ProbationDays):yyyy-MM-dd}"));
            }
        }

        if (LatestOpenIncident(project, asOf) is { } incident)
        {
            reasons.Add(new CautionReason(CautionCause.Incident, CautionLevel.High, incident.Date,
                $"incident on {incident.Date:yyyy-MM-dd}: {incident.Summary}"));
        }

        if (enrichment is { LatestReleaseAuthor: { } author, LatestReleaseTag: { } tag } && !MayRelease(project, author))
        {
            reasons.Add(new CautionReason(CautionCause.UnexpectedReleaser, CautionLevel.Elevated, enrichment.LatestReleaseDate,
                $"release {tag} was published by {author}, who is neither a listed maintainer nor an interim steward with release power"));
        }

        if (reasons.Count == 0)
        {
            return CautionSignal.None;
        }

        var level = reasons.Max(r => r.Level);
        var since = reasons.Where(r => r.Level == level && r.Since is not null).Select(r => r.Since).Min();
        return new CautionSignal(level, since, reasons);
    }

    /// <summary>The latest incident within <see cref="IncidentDays"/> that no later event cleared with <c>caution: none</c>.</summary>
    private static HistoryEvent? LatestOpenIncident(Project project, DateOnly asOf)
    {
        HistoryEvent? open = null;
        foreach (var e in project.History)
        {
            if (e.Kind == EventKind.Incident)
            {
                open = e;
            }
            else if (open is not null && e.Caution == CautionLevel.None)
            {
                open = null;
            }
        }

        return open is not null && open.Date > asOf.AddDays(-IncidentDays) ? open : null;
    }

    private static DateOnly? LastCautionDate(Project project, CautionLevel level) =>
        project.History.LastOrDefault(e => e.Caution == level)?.Date;

    private static bool MayRelease(Project project, string login) =>
        project.Maintainers.Any(m => string.Equals(m.Github, login, StringComparison.OrdinalIgnoreCase)) ||
        project.InterimStewards.Any(s => string.Equals(s.Github, login, StringComparison.OrdinalIgnoreCase) && s.Powers.Contains(StewardPower.Release));

    private static (FundingGap? Gap, IReadOnlyList<FundingTotal> Others) Funding(Funding? funding)
    {
        if (funding is null)
        {
            return (null, []);
        }

        var totals = funding.Sources
            .GroupBy(s => s.Currency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FundingTotal(g.Key, funding.Goal?.Period ?? FundingPeriod.Month,
                g.Sum(s => Normalise(s.Amount, s.Period, funding.Goal?.Period ?? FundingPeriod.Month))))
            .ToArray();
        if (funding.Goal is not { } goal)
        {
            return (null, totals);
        }

        var funded = totals.FirstOrDefault(t => t.Currency == goal.Currency)?.Amount ?? 0;
        return (new FundingGap(goal.Currency, goal.Period, goal.Amount, funded),
            totals.Where(t => t.Currency != goal.Currency).ToArray());
    }

    private static decimal Normalise(decimal amount, FundingPeriod from, FundingPeriod to) => (from, to) switch
    {
        (FundingPeriod.Year, FundingPeriod.Month) => Math.Round(amount / 12, 2),
        (FundingPeriod.Month, FundingPeriod.Year) => amount * 12,
        _ => amount,
    };
}
