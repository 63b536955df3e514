using Steady.Diagnostics;
using Steady.Model;

namespace Steady.Validate;

/// <summary>Rules within one project entry.</summary>
internal static class ProjectRules
{
    public static void Check(Project project, DateOnly asOf, DiagnosticBag bag)
    {
        var src = project.Source;
        var status = project.Status;

        if (status.State == ProjectState.Hiatus && status.Until is null)
        {
            bag.Error(DiagnosticCodes.HiatusNeedsUntil, src.Find("status.state"), "state 'hiatus' needs status.until",
                "add `until: YYYY-MM-DD`, the expected return or the date the entry will be reviewed");
        }

        if (status.State == ProjectState.Deprecated && status.Successor is null)
        {
            bag.Error(DiagnosticCodes.DeprecatedNeedsSuccessor, src.Find("status.state"), "state 'deprecated' needs status.successor",
                "add `successor:` with the registry slug or https:// address of the project that replaces it");
        }

        if (status.Until is { } until && until < status.Since)
        {
            bag.Error(DiagnosticCodes.UntilBeforeSince, src.Find("status.until"),
                $"status.until ({until:yyyy-MM-dd}) is before status.since ({status.Since:yyyy-MM-dd})", "check both dates");
        }

        CheckHistory(project, bag);
        CheckPeople(project, bag);
        CheckWarnings(project, asOf, bag);
    }

    private static void CheckHistory(Project project, DiagnosticBag bag)
    {
        var src = project.Source;
        HistoryEvent? lastStatus = null;
        var lastStatusIndex = -1;
        for (var i = 0; i < project.History.Count; i++)
        {
            var e = project.History[i];
            if (i > 0 && e.Date < project.History[i - 1].Date)
            {
                bag.Error(DiagnosticCodes.HistoryOrder, src.Find($"history[{i}].date"),
                    $"history event of {e.Date:yyyy-MM-dd} comes after one of {project.History[i - 1].Date:yyyy-MM-dd}",
                    "history is oldest first: move this event up");
            }

            if (e.Kind == EventKind.Status)
            {
                if (e.State is null)
                {
                    bag.Error(DiagnosticCodes.StatusEventWithoutState, src.Find($"history[{i}]"), "a status event needs `state:`",
                        "add the state the project entered, e.g. `state: hiatus`");
                }
                else
                {
                    lastStatus = e;
                    lastStatusIndex = i;
                }
            }
        }

        if (lastStatus?.State is { } last)
        {
            if (last != project.Status.State)
            {
                bag.Error(DiagnosticCodes.StateDisagrees, project.Source.Find("status.state"),
                    $"status.state is '{Vocabulary.Name(project.Status.State)}' but the last status event (line {src.Find($"history[{lastStatusIndex}]").Line}) says '{Vocabulary.Name(last)}'",
                    "a change of state is recorded twice: in status and as a new `kind: status` event at the end of history");
            }
            else if (lastStatus.Date != project.Status.Since)
            {
                bag.Error(DiagnosticCodes.StatusBeforeLastEvent, project.Source.Find("status.since"),
                    $"status.since is {project.Status.Since:yyyy-MM-dd} but the last status event is dated {lastStatus.Date:yyyy-MM-dd}",
                    "make status.since the date of the last `kind: status` event");
            }
        }
    }

    private static void CheckPeople(Project project, DiagnosticBag bag)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < project.Maintainers.Count; i++)
        {
            if (!seen.Add(project.Maintainers[i].Github))
            {
                bag.Error(DiagnosticCodes.DuplicateMaintainer, project.Source.Find($"maintainers[{i}].github"),
                    $"maintainer '{project.Maintainers[i].Github}' is listed twice", "keep one entry per person; logins are case-insensitive");
            }
        }

        var stewards = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < project.InterimStewards.Count; i++)
        {
            if (!stewards.Add(project.InterimStewards[i].Github))
            {
                bag.Error(DiagnosticCodes.DuplicateSteward, project.Source.Find($"interim_stewards[{i}].github"),
                    $"interim steward '{project.InterimStewards[i].Github}' is listed twice", "keep one entry per person and list all powers in it");
            }
        }
    }

    private static void CheckWarnings(Project project, DateOnly asOf, DiagnosticBag bag)
    {
        var src = project.Source;
        if (project.Status.Reviewed < asOf.AddMonths(-RegistryValidator.StaleAfterMonths))
        {
            bag.Warning(DiagnosticCodes.Stale, src.Find("status.reviewed"),
                $"entry not reviewed since {project.Status.Reviewed:yyyy-MM-dd}",
                "a maintainer or steward confirms the entry and sets `reviewed:` to today's date");
        }

        if (project.Status is { State: ProjectState.Hiatus, Until: { } until } && until < asOf)
        {
            bag.Warning(DiagnosticCodes.HiatusOverdue, src.Find("status.until"),
                $"hiatus was expected to end on {until:yyyy-MM-dd}",
                "update the state (back to active, or a new `until`) with a status event");
        }

        void Privacy(string? text, string path)
        {
            if (text is not null && PrivacyWords.FindIn(text) is { } word)
            {
                bag.Warning(DiagnosticCodes.Privacy, src.Find(path),
                    $"the text mentions '{word}', which may be a personal circumstance",
                    "privacy rule: personal reasons are never published; say what changes for the project, e.g. 'on a break until March'");
            }
        }

        Privacy(project.Status.Reason, "status.reason");
        Privacy(project.Caution?.Reason, "caution.reason");
        for (var i = 0; i < project.History.Count; i++) Privacy(project.History[i].Summary, $"history[{i}].summary");
        for (var i = 0; i < project.HelpWanted.Count; i++) Privacy(project.HelpWanted[i].Summary, $"help_wanted[{i}].summary");
    }
}
