using Steady.Derive;
using Steady.Model;
using Steady.Validate;

namespace Steady.Feeds;

/// <summary>
/// How one history event moved a project's downstream caution: incidents and declared caution raise it
/// (<c>caution: none</c> lowers it), a status event into a caution-raising state raises it and one out of such a
/// state lowers it, and a new maintainer starts a probation. Other events leave it alone.
/// </summary>
/// <param name="Change"><c>raised</c>, <c>lowered</c>, or <c>kept</c> when a state that raises caution follows another.</param>
public sealed record CautionEffect(CautionLevel Level, string Change, string Text)
{
    public const string Raised = "raised";
    public const string Lowered = "lowered";
    public const string Kept = "kept";

    public static CautionEffect? Of(Project project, int index)
    {
        var e = project.History[index];
        if (e.Kind == EventKind.Incident)
        {
            var level = e.Caution ?? CautionLevel.High;
            return new CautionEffect(level, level != CautionLevel.None ? Raised : Lowered, $"an incident raises caution to {Vocabulary.Name(level)}");
        }

        if (e.Caution is { } declared)
        {
            return declared == CautionLevel.None
                ? new CautionEffect(declared, Lowered, "the entry declares caution none: all clear")
                : new CautionEffect(declared, Raised, $"the entry declares caution {Vocabulary.Name(declared)}");
        }

        if (e is { Kind: EventKind.Status, State: { } state })
        {
            var before = PreviousState(project, index);
            var wasRaised = before is { } b && SignalDeriver.RaisesCaution(b);
            if (SignalDeriver.RaisesCaution(state))
            {
                return wasRaised
                    ? new CautionEffect(CautionLevel.Elevated, Kept, $"state {Vocabulary.Name(state)} follows {Vocabulary.Name(before!.Value)}; caution stays elevated")
                    : new CautionEffect(CautionLevel.Elevated, Raised, $"state {Vocabulary.Name(state)} raises caution to elevated");
            }

            if (wasRaised)
            {
                return new CautionEffect(CautionLevel.None, Lowered,
                    $"state {Vocabulary.Name(state)} ends {Vocabulary.Name(before!.Value)}, which raised caution");
            }
        }

        if (e.Kind == EventKind.MaintainerAdded)
        {
            var who = e.Github is { } login ? $"maintainer {login}" : "a new maintainer";
            return new CautionEffect(CautionLevel.Elevated, Raised,
                $"{who} is on probation until {e.Date.AddDays(SignalDeriver.ProbationDays):yyyy-MM-dd}, which raises caution to elevated");
        }

        return null;
    }

    private static ProjectState? PreviousState(Project project, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (project.History[i] is { Kind: EventKind.Status, State: { } state })
            {
                return state;
            }
        }

        return null;
    }
}
