using Steady.Model;

namespace Steady.Guard;

/// <summary>
/// Compares a project entry at the base with the same entry at the head and lists every change by area and field.
/// Values are compared by content, never by where they were written.
/// </summary>
public sealed class ProjectDiffer
{
    private readonly Project _before;
    private readonly Project _after;
    private readonly List<FieldChange> _changes = [];

    private ProjectDiffer(Project before, Project after)
    {
        _before = before;
        _after = after;
    }

    public static IReadOnlyList<FieldChange> Compare(Project before, Project after)
    {
        var differ = new ProjectDiffer(before, after);
        differ.Run();
        return differ._changes;
    }

    /// <summary>What a new entry declares, with the parts that are for stewards only marked.</summary>
    public static IReadOnlyList<FieldChange> Describe(Project entry)
    {
        var people = entry.Maintainers.Count == 0
            ? "no maintainers"
            : $"maintainers {string.Join(", ", entry.Maintainers.Select(m => SafeMarkdown.Code(m.Github)))}";
        var changes = new List<FieldChange>
        {
            new(ChangeArea.Entry, "", $"new project {SafeMarkdown.Code(entry.Slug)}: state {SafeMarkdown.Code(Canonical.Of(entry.Status.State))}, {people}", 1),
        };
        if (entry.Status.State == ProjectState.Unresponsive)
        {
            changes.Add(new FieldChange(ChangeArea.State, "status.state", $"declares state {SafeMarkdown.Code("unresponsive")}",
                Line(entry, "status.state"), ChangeTags.StewardsOnly));
        }

        if (entry.Caution?.Level == CautionLevel.High)
        {
            changes.Add(new FieldChange(ChangeArea.Caution, "caution.level", $"declares caution {SafeMarkdown.Code("high")}",
                Line(entry, "caution.level"), ChangeTags.StewardsOnly));
        }

        for (var i = 0; i < entry.History.Count; i++)
        {
            var e = entry.History[i];
            if (EventText.IsStewardsOnly(e))
            {
                changes.Add(new FieldChange(EventText.AreaOf(e), $"history[{i}]", $"history event {EventText.Describe(e)}",
                    Line(entry, $"history[{i}]"), ChangeTags.StewardsOnly));
            }
        }

        return changes;
    }

    /// <summary>Every login written in an entry, with the field it is in.</summary>
    public static IEnumerable<(string Field, string Login)> LoginsOf(Project entry) =>
        entry.Maintainers.Select((m, i) => ($"maintainers[{i}].github", m.Github))
            .Concat(entry.InterimStewards.Select((s, i) => ($"interim_stewards[{i}].github", s.Github)))
            .Concat(entry.History.Select((e, i) => ($"history[{i}].github", e.Github)).Where(x => x.Github is not null).Select(x => (x.Item1, x.Github!)));

    private void Run()
    {
        Scalar(ChangeArea.Text, "name", _before.Name, _after.Name);
        Scalar(ChangeArea.Text, "summary", _before.Summary, _after.Summary);
        Scalar(ChangeArea.Identity, "repository", _before.Repository, _after.Repository);
        Scalar(ChangeArea.Identity, "homepage", _before.Homepage, _after.Homepage);
        List(ChangeArea.Text, "ecosystems", _before.Ecosystems, _after.Ecosystems);
        List(ChangeArea.Identity, "packages", _before.Packages, _after.Packages);
        Scalar(ChangeArea.Text, "criticality", _before.Criticality, _after.Criticality);
        People();
        Status();
        InterimStewards();
        List(ChangeArea.Text, "help_wanted", _before.HelpWanted, _after.HelpWanted);
        Caution();
        Funding();
        History();
        List(ChangeArea.Text, "sources", _before.Sources, _after.Sources);
    }

    private void Status()
    {
        var (b, h) = (_before.Status, _after.Status);
        var tags = h.State == ProjectState.Unresponsive && b.State != ProjectState.Unresponsive ? ChangeTags.StewardsOnly : ChangeTags.None;
        Scalar(ChangeArea.State, "status.state", b.State, h.State, tags);
        Scalar(ChangeArea.State, "status.since", b.Since, h.Since);
        Scalar(ChangeArea.State, "status.until", b.Until, h.Until);
        Scalar(ChangeArea.State, "status.successor", b.Successor, h.Successor);
        Scalar(ChangeArea.Text, "status.reason", b.Reason, h.Reason);
        Scalar(ChangeArea.Text, "status.reviewed", b.Reviewed, h.Reviewed);
    }

    private void People()
    {
        Keyed(ChangeArea.People, "maintainers", "maintainer", _before.Maintainers, _after.Maintainers, m => m.Github,
            m => $"{SafeMarkdown.Code(m.Github)} ({Canonical.Of(m.Role)})",
            (b, h) => Differences(
                ("github", b.Github, h.Github), ("name", b.Name, h.Name), ("role", b.Role, h.Role), ("since", b.Since, h.Since)));
    }

    private void InterimStewards()
    {
        Keyed(ChangeArea.Stewards, "interim_stewards", "interim steward", _before.InterimStewards, _after.InterimStewards, s => s.Github,
            s => $"{SafeMarkdown.Code(s.Github)} (powers: {(s.Powers.Count == 0 ? "none" : string.Join(", ", s.Powers.Select(p => Canonical.Of(p))))})",
            (b, h) => Differences(("github", b.Github, h.Github), ("since", b.Since, h.Since), ("powers", b.Powers, h.Powers)));
    }

    private void Caution()
    {
        var before = _before.Caution?.Level ?? CautionLevel.None;
        var after = _after.Caution?.Level ?? CautionLevel.None;
        var tags = (before == CautionLevel.High) != (after == CautionLevel.High) ? ChangeTags.StewardsOnly : ChangeTags.None;
        Scalar(ChangeArea.Caution, "caution.level", _before.Caution?.Level, _after.Caution?.Level, tags);
        Scalar(ChangeArea.Caution, "caution.reason", _before.Caution?.Reason, _after.Caution?.Reason);
    }

    private void Funding()
    {
        var (b, h) = (_before.Funding, _after.Funding);
        List(ChangeArea.FundingChannels, "funding.channels", b?.Channels ?? [], h?.Channels ?? []);
        Scalar(ChangeArea.FundingChannels, "funding.manifest", b?.Manifest, h?.Manifest);
        Scalar(ChangeArea.Funding, "funding.goal", b?.Goal, h?.Goal);
        List(ChangeArea.Funding, "funding.sources", b?.Sources ?? [], h?.Sources ?? []);
    }

    private void History()
    {
        foreach (var step in HistoryDiff.Compare(_before.History, _after.History))
        {
            var e = step.Event;
            switch (step.Kind)
            {
                case HistoryStep.Removed:
                    _changes.Add(new FieldChange(ChangeArea.History, $"history[{step.BaseIndex}]",
                        $"past event deleted: {EventText.Describe(e)}", Line(_after, "history"), ChangeTags.RewritesHistory));
                    break;
                case HistoryStep.Edited:
                    _changes.Add(new FieldChange(ChangeArea.History, $"history[{step.HeadIndex}]",
                        $"past event edited: {EventText.Describe(step.Before!)} → {EventText.Describe(e)}", Line(_after, $"history[{step.HeadIndex}]"),
                        ChangeTags.RewritesHistory, e.Github));
                    break;
                case HistoryStep.Added or HistoryStep.Inserted:
                    var tags = (EventText.IsStewardsOnly(e) ? ChangeTags.StewardsOnly : ChangeTags.None)
                        | (e.Kind == EventKind.Note ? ChangeTags.CorrectionNote : ChangeTags.None)
                        | (step.Kind == HistoryStep.Inserted ? ChangeTags.Backdated : ChangeTags.None);
                    var placed = step.Kind == HistoryStep.Inserted ? "new event inserted before existing ones" : "new event";
                    _changes.Add(new FieldChange(EventText.AreaOf(e), $"history[{step.HeadIndex}]", $"{placed}: {EventText.Describe(e)}",
                        Line(_after, $"history[{step.HeadIndex}]"), tags, e.Github));
                    break;
            }
        }
    }

    private void Scalar(ChangeArea area, string field, object? before, object? after, ChangeTags tags = ChangeTags.None)
    {
        if (!Canonical.Same(before, after))
        {
            _changes.Add(new FieldChange(area, field,
                $"{field}: {SafeMarkdown.Code(Canonical.Show(before))} → {SafeMarkdown.Code(Canonical.Show(after))}", Line(_after, field), tags));
        }
    }

    private void List<T>(ChangeArea area, string field, IReadOnlyList<T> before, IReadOnlyList<T> after)
    {
        var b = before.Select(x => Canonical.Of(x)).ToArray();
        var h = after.Select(x => Canonical.Of(x)).ToArray();
        if (b.SequenceEqual(h, StringComparer.Ordinal))
        {
            return;
        }

        var added = h.Except(b, StringComparer.Ordinal).ToArray();
        var removed = b.Except(h, StringComparer.Ordinal).ToArray();
        var parts = new List<string>();
        if (added.Length > 0)
        {
            parts.Add($"added {string.Join(", ", added.Select(SafeMarkdown.Code))}");
        }

        if (removed.Length > 0)
        {
            parts.Add($"removed {string.Join(", ", removed.Select(SafeMarkdown.Code))}");
        }

        if (parts.Count == 0)
        {
            parts.Add("reordered");
        }

        _changes.Add(new FieldChange(area, field, $"{field}: {string.Join("; ", parts)}", Line(_after, field)));
    }

    private void Keyed<T>(ChangeArea area, string field, string noun, IReadOnlyList<T> before, IReadOnlyList<T> after,
        Func<T, string> key, Func<T, string> show, Func<T, T, IReadOnlyList<string>> differences)
    {
        var b = before.GroupBy(key, Logins.Comparer).ToDictionary(g => g.Key, g => g.ToArray(), Logins.Comparer);
        var h = after.GroupBy(key, Logins.Comparer).ToDictionary(g => g.Key, g => g.ToArray(), Logins.Comparer);
        var addTag = area == ChangeArea.People ? ChangeTags.AddsMaintainer : ChangeTags.None;
        var removeTag = area == ChangeArea.People ? ChangeTags.RemovesMaintainer : ChangeTags.None;

        for (var i = 0; i < after.Count; i++)
        {
            var item = after[i];
            var login = key(item);
            if (!b.TryGetValue(login, out var old))
            {
                _changes.Add(new FieldChange(area, $"{field}[{i}]", $"added {noun} {show(item)}", Line(_after, $"{field}[{i}]"), addTag, login));
            }
            else if (h[login].Length > 1 || old.Length > 1)
            {
                _changes.Add(new FieldChange(area, $"{field}[{i}]", $"{noun} {SafeMarkdown.Code(login)} is listed more than once",
                    Line(_after, $"{field}[{i}]"), ChangeTags.None, login));
            }
            else if (differences(old[0], item) is { Count: > 0 } diffs)
            {
                _changes.Add(new FieldChange(area, $"{field}[{i}]", $"changed {noun} {SafeMarkdown.Code(login)}: {string.Join("; ", diffs)}",
                    Line(_after, $"{field}[{i}]"), ChangeTags.None, login));
            }
        }

        foreach (var item in before.Where(x => !h.ContainsKey(key(x))))
        {
            _changes.Add(new FieldChange(area, field, $"removed {noun} {show(item)}", Line(_after, field), removeTag, key(item)));
        }
    }

    private static IReadOnlyList<string> Differences(params (string Field, object? Before, object? After)[] fields) =>
        fields.Where(f => !string.Equals(Canonical.Of(f.Before), Canonical.Of(f.After), StringComparison.Ordinal))
            .Select(f => $"{f.Field} {SafeMarkdown.Code(Canonical.Show(f.Before))} → {SafeMarkdown.Code(Canonical.Show(f.After))}")
            .ToArray();

    private static int Line(Project entry, string field) => entry.Source.Find(field).Line;
}
