using Steady.Badges;
using Steady.Derive;
using Steady.Feeds;
using Steady.Model;
using Steady.Plan;
using Steady.Render;

namespace Steady.Api;

/// <summary>Turns the model and the derived signals into the API's own records; the model records are never serialized.</summary>
public sealed class ApiMapper(SiteData data, RenderContext context)
{
    private readonly FeedItemFactory _items = new(context);

    public ApiEnvelope<T> Envelope<T>(T result, int total) => new(ApiFiles.SchemaVersion, data.AsOf, total, result);

    public ApiProjectSummary Summary(ProjectSignals signals)
    {
        var p = signals.Project;
        return new ApiProjectSummary(p.Slug, p.Name, p.Summary, Url(SiteUrls.ProjectPath(p.Slug)), Url(ApiPaths.Project(p.Slug)),
            p.Repository, p.Criticality, p.Status.State, p.Status.Since, p.Status.Until, p.Status.Reviewed,
            signals.Caution.Level, signals.NeedsHelp, signals.Stale, p.Ecosystems, p.Packages);
    }

    public ApiProject Project(ProjectSignals signals)
    {
        var p = signals.Project;
        var s = p.Status;
        var links = new ApiLinks(
            Url(SiteUrls.ProjectPath(p.Slug)),
            Url(ApiPaths.Project(p.Slug)),
            Url(FeedPaths.File(FeedPaths.Project(p.Slug), FeedFormat.Rss)),
            Url(FeedPaths.File(FeedPaths.Project(p.Slug), FeedFormat.Atom)),
            Url(FeedPaths.File(FeedPaths.Project(p.Slug), FeedFormat.Json)),
            Url(BadgePaths.Svg(p.Slug)),
            Url(BadgePaths.Endpoint(p.Slug)));
        return new ApiProject(
            p.Slug, p.Name, p.Summary, links, p.Repository, p.Homepage, p.Ecosystems, p.Packages, p.Criticality,
            p.Maintainers.Select(m => new ApiMaintainer(m.Github, m.Name, m.Role, m.Since)).ToArray(),
            new ApiStatus(s.State, s.Since, s.Until, s.Reviewed, s.Reason, s.Successor),
            p.InterimStewards.Select(i => new ApiInterimSteward(i.Github, i.Since, i.Powers)).ToArray(),
            p.HelpWanted.Select(h => new ApiHelpWanted(h.Kind, h.Summary)).ToArray(),
            p.Caution is { } c ? new ApiDeclaredCaution(c.Level, c.Reason) : null,
            p.Funding is { } f ? Funding(f) : null,
            p.History.Select((e, i) => new ApiHistoryEvent(_items.EventId(p, i), e.Date, e.Kind, e.Summary, e.Source, e.State, e.Caution, e.Github)).ToArray(),
            p.Sources,
            Signals(signals));
    }

    public ApiCautionEntry CautionEntry(ProjectSignals signals)
    {
        var p = signals.Project;
        return new ApiCautionEntry(p.Slug, p.Name, Url(SiteUrls.ProjectPath(p.Slug)), Url(ApiPaths.Project(p.Slug)),
            signals.Caution.Level, signals.Caution.Since, Reasons(signals.Caution), p.Packages);
    }

    /// <summary>Every purl of the registry mapped to its project, in ordinal order. A purl claimed twice keeps the first slug.</summary>
    public IReadOnlyDictionary<string, string> Purls()
    {
        // Every (purl, slug) pair in slug order, sorted by purl; the sort is made stable by the pair's position, so
        // that of a purl claimed twice the first slug comes first and is the one kept.
        var pairs = data.Projects
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .SelectMany(p => p.Project.Packages, (p, purl) => (Purl: purl, p.Slug))
            .Select((pair, position) => (pair.Purl, pair.Slug, Position: position))
            .ToArray();
        Array.Sort(pairs, static (a, b) => string.CompareOrdinal(a.Purl, b.Purl) is var byPurl and not 0 ? byPurl : a.Position.CompareTo(b.Position));
        var map = new OrderedDictionary<string, string>(pairs.Length, StringComparer.Ordinal);
        foreach (var (purl, slug, _) in pairs)
        {
            map.TryAdd(purl, slug);
        }

        return map;
    }

    public IReadOnlyList<ApiSteward> Stewards()
    {
        var interim = data.Projects
            .SelectMany(p => p.Project.InterimStewards.Select(i => (Login: i.Github, Entry: new ApiStewardship(p.Slug, i.Since, i.Powers))))
            .ToLookup(x => x.Login, x => x.Entry, StringComparer.OrdinalIgnoreCase);
        return data.Stewards
            .OrderBy(s => s.Github, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Github, StringComparer.Ordinal)
            .Select(s => new ApiSteward(s.Github, s.Name, s.Since, s.VouchedBy, s.Areas,
                interim[s.Github].OrderBy(e => e.Project, StringComparer.Ordinal).ToArray()))
            .ToArray();
    }

    public IReadOnlyList<ApiSponsor> Sponsors()
    {
        var gives = data.Projects
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .SelectMany(p => (p.Project.Funding?.Sources ?? []).Select(f =>
                (f.Sponsor, Entry: new ApiSponsorship(p.Slug, f.Kind, f.Amount, f.Currency, f.Period, f.Since))))
            .ToLookup(x => x.Sponsor, x => x.Entry, StringComparer.Ordinal);
        return data.Sponsors
            .OrderBy(s => s.Slug, StringComparer.Ordinal)
            .Select(s => new ApiSponsor(s.Slug, s.Name, s.Url, s.Kind, gives[s.Slug].ToArray()))
            .ToArray();
    }

    private static ApiFunding Funding(Funding f) => new(
        f.Goal is { } g ? new ApiMoney(g.Amount, g.Currency, g.Period) : null,
        f.Channels.Select(c => new ApiFundingChannel(c.Platform, c.Url)).ToArray(),
        f.Sources.Select(s => new ApiFundingSource(s.Sponsor, s.Kind, s.Amount, s.Currency, s.Period, s.Since)).ToArray(),
        f.Manifest);

    private static ApiSignals Signals(ProjectSignals s) => new(
        new ApiCaution(s.Caution.Level, s.Caution.Since, Reasons(s.Caution)),
        s.NeedsHelp,
        s.NeedsHelpReasons,
        s.FundingGap is { } g ? new ApiFundingGap(g.Currency, g.Period, g.Goal, g.Funded, g.Missing, Math.Round(g.Ratio, 4)) : null,
        s.OtherCurrencies.Select(t => new ApiMoney(t.Amount, t.Currency, t.Period)).ToArray(),
        s.Stale,
        s.Notes);

    private static ApiCautionReason[] Reasons(CautionSignal caution) =>
        caution.Reasons.Select(r => new ApiCautionReason(r.Cause, r.Level, r.Since, r.Text)).ToArray();

    private string Url(string sitePath) => context.Urls.Absolute(sitePath);
}
