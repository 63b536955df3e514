using Steady.Derive;
using Steady.Model;
using Steady.Validate;

namespace Steady.Badges;

/// <summary>A project's badge: "maintainers" and the state, with the downstream caution when it is not none.</summary>
public sealed record Badge(string Label, string Message, string Color)
{
    public const string DefaultLabel = "maintainers";

    /// <summary>What a screen reader says, and the SVG's title.</summary>
    public string Text => $"{Label}: {Message}";

    public static Badge For(ProjectSignals signals)
    {
        var state = signals.Project.Status.State;
        var caution = signals.Caution.Level;
        var message = caution == CautionLevel.None
            ? Vocabulary.Name(state)
            : $"{Vocabulary.Name(state)}, caution {Vocabulary.Name(caution)}";
        return new Badge(DefaultLabel, message, BadgePalette.For(state, caution));
    }
}
