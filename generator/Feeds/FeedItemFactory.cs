using Steady.Derive;
using Steady.Model;
using Steady.Plan;
using Steady.Render;
using Steady.Text;
using Steady.Validate;

namespace Steady.Feeds;

/// <summary>
/// Turns history events and calls for help into feed items. All registry text passes <see cref="XmlSafeText.Clean"/>,
/// and the HTML content is assembled from escaped text: a summary such as <c>&lt;script&gt;</c> reads as text.
/// </summary>
public sealed class FeedItemFactory(RenderContext context)
{
    private readonly TagUri _tags = TagUri.For(context.Urls);

    public TagUri Tags => _tags;

    /// <summary>The ordinal of an event among its project's earlier events of the same date and kind.</summary>
    public static int Ordinal(Project project, int index)
    {
        var e = project.History[index];
        var ordinal = 0;
        for (var i = 0; i < index; i++)
        {
            if (project.History[i].Date == e.Date && project.History[i].Kind == e.Kind)
            {
                ordinal++;
            }
        }

        return ordinal;
    }

    public string EventId(Project project, int index)
    {
        var e = project.History[index];
        return _tags.Event(project.Slug, e.Date, e.Kind, Ordinal(project, index));
    }

    /// <summary>An item for one history event; with <paramref name="effect"/>, the item of the caution feed.</summary>
    public FeedItem Event(ProjectSignals signals, int index, CautionEffect? effect = null)
    {
        var project = signals.Project;
        var e = project.History[index];
        var name = XmlSafeText.Clean(project.Name);
        var summary = XmlSafeText.Clean(e.Summary);
        var kind = Vocabulary.Name(e.Kind);
        var label = effect is null ? Label(e) : CautionLabel(effect);
        var pageUrl = context.Urls.Absolute(SiteUrls.ProjectPath(project.Slug));
        var source = Link(e.Source);

        var facts = new List<(string Name, string Value)> { ("Event", $"{kind} on {e.Date:yyyy-MM-dd}") };
        if (e.State is { } state) facts.Add(("State", Vocabulary.Name(state)));
        if (e.Github is { } github) facts.Add(("Person", github));
        if (effect is not null) facts.Add(("Caution", XmlSafeText.Clean(effect.Text)));
        else if (e.Caution is { } declared) facts.Add(("Declared caution", Vocabulary.Name(declared)));

        var current = effect is null ? null : Current(signals.Caution);
        var content = new FeedItemContent(summary, name, pageUrl);
        content.Facts(facts);
        if (current is not null) content.Caution(current);
        content.Link("Source", source ?? XmlSafeText.Clean(e.Source), source is not null);

        var tags = new List<string> { kind };
        if (e.State is { } s) tags.Add($"state:{Vocabulary.Name(s)}");
        if (effect is not null) tags.Add($"caution:{Vocabulary.Name(effect.Level)}");

        return new FeedItem(
            EventId(project, index),
            project.Slug,
            kind,
            e.Date,
            $"{name} ({label}): {summary}",
            summary,
            content.Text,
            content.Html,
            pageUrl,
            source,
            tags,
            new FeedItemFacts(project.Slug, kind,
                State: e.State is { } st ? Vocabulary.Name(st) : null,
                Github: e.Github,
                Caution: effect is null ? null : Vocabulary.Name(effect.Level),
                CautionChange: effect?.Change,
                ProjectCaution: current));
    }

    /// <summary>The item of a project that needs help: one per project, updated in place, dated by the entry's last review.</summary>
    public FeedItem HelpWanted(ProjectSignals signals)
    {
        var project = signals.Project;
        var name = XmlSafeText.Clean(project.Name);
        var pageUrl = context.Urls.Absolute(SiteUrls.ProjectPath(project.Slug));
        var reasons = signals.NeedsHelpReasons.Select(XmlSafeText.Clean).ToArray();
        var title = $"{name}: {string.Join("; ", reasons)}";
        var lead = title + ".";

        var facts = new List<(string Name, string Value)> { ("State", Vocabulary.Name(project.Status.State)) };
        foreach (var help in project.HelpWanted)
        {
            facts.Add(($"Wanted: {Vocabulary.Name(help.Kind)}", XmlSafeText.Clean(help.Summary)));
        }

        if (signals.FundingGap is { Goal: > 0 } gap)
        {
            facts.Add(("Funding", $"{Money(gap.Funded)} of {Money(gap.Goal)} {gap.Currency} a {Vocabulary.Name(gap.Period)} is funded"));
        }

        var current = Current(signals.Caution);
        var content = new FeedItemContent(lead, name, pageUrl);
        content.Facts(facts);
        content.Caution(current);
        var repository = Link(project.Repository);
        if (repository is not null) content.Link("Repository", repository, true);

        var kinds = project.HelpWanted.Select(h => Vocabulary.Name(h.Kind)).Distinct().ToArray();
        return new FeedItem(
            _tags.HelpWanted(project.Slug),
            project.Slug,
            "help-wanted",
            project.Status.Reviewed,
            title,
            lead,
            content.Text,
            content.Html,
            pageUrl,
            repository,
            ["help-wanted", .. kinds.Select(k => $"help:{k}")],
            new FeedItemFacts(project.Slug, "help-wanted",
                State: Vocabulary.Name(project.Status.State),
                ProjectCaution: current,
                HelpWanted: kinds));
    }

    /// <summary>An address from the registry as a link: only http(s) passes, in the escaped form <see cref="Uri"/> gives it.</summary>
    private static string? Link(string address) =>
        TextRules.TryHttpUrl(address, out var uri) ? uri.AbsoluteUri : null;

    private static FeedCaution Current(CautionSignal caution) =>
        new(Vocabulary.Name(caution.Level), caution.Since, caution.Reasons.Select(r => XmlSafeText.Clean(r.Text)).ToArray());

    private static string Label(HistoryEvent e) => e.Kind switch
    {
        EventKind.Status when e.State is { } state => $"now {Vocabulary.Name(state)}",
        _ => Vocabulary.Name(e.Kind).Replace('-', ' '),
    };

    /// <summary><c>caution raised to high</c>, <c>caution kept elevated</c>, <c>caution lowered</c>.</summary>
    private static string CautionLabel(CautionEffect effect) => effect.Change switch
    {
        CautionEffect.Raised => $"caution raised to {Vocabulary.Name(effect.Level)}",
        CautionEffect.Kept => $"caution kept {Vocabulary.Name(effect.Level)}",
        _ => "caution lowered",
    };

    private static string Money(decimal amount) => amount.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
