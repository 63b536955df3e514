using System.Globalization;
using System.Text;
using Steady.Synthetic.Model;

namespace Steady.Synthetic;

/// <summary>
/// Draws a synthetic registry from one seeded random source: the stewards and sponsors first,
/// then every slug, then the projects one at a time (call <see cref="CreateProject"/> with
/// 0, 1, 2, … in order: the same seed then gives the same registry).
/// </summary>
public sealed class RegistryFactory
{
    /// <summary>No generated date is earlier.</summary>
    public static readonly DateOnly MinDate = new(2015, 1, 1);

    /// <summary>No generated date is later.</summary>
    public static readonly DateOnly MaxDate = new(2026, 11, 1);

    public const int StewardCount = 20;
    public const int FoundingStewardCount = 3;
    public const int SponsorCount = 50;

    private static readonly DateOnly FoundingDate = new(2019, 3, 1);
    private static readonly string[] OrgSuffixes = ["-project", "-dev", "-org"];
    private static readonly string[] SharedOrgSuffixes = ["", "", "", "-labs", "-org", "hq", "-project"];

    private readonly SyntheticRandom _random;
    private readonly string[] _orgs;
    private readonly string[] _slugs;
    private readonly SyntheticSteward[] _stewards;
    private readonly SyntheticSponsor[] _sponsors;
    private int _next;

    public RegistryFactory(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _random = new SyntheticRandom(seed);
        _stewards = CreateStewards();
        _sponsors = CreateSponsors();
        _orgs = CreateOrgs(Math.Clamp(count / 20, 20, 5000));
        _slugs = CreateSlugs(count);
    }

    public IReadOnlyList<string> Slugs => _slugs;

    public IReadOnlyList<SyntheticSteward> Stewards => _stewards;

    public IReadOnlyList<SyntheticSponsor> Sponsors => _sponsors;

    /// <summary>The next project; <paramref name="index"/> must follow the previous call's.</summary>
    public SyntheticProject CreateProject(int index)
    {
        if (index != _next || index >= _slugs.Length)
        {
            throw new InvalidOperationException($"Projects are created in order: expected {_next}, got {index}.");
        }

        _next++;
        var slug = _slugs[index];
        var org = _random.Weighted<int>([(0, 40), (1, 15), (2, 45)]) switch
        {
            0 => slug,
            1 => slug + _random.Pick(OrgSuffixes),
            _ => _random.Pick(_orgs),
        };
        var name = _random.Chance(0.75) ? slug : char.ToUpperInvariant(slug[0]) + slug[1..];
        var repository = $"https://github.com/{org}/{slug}";
        var homepage = $"https://{org}.github.io/{slug}/";
        var ecosystems = DistinctWeighted(Vocabulary.Ecosystems, _random.Weighted<int>([(1, 55), (2, 35), (3, 10)]));
        var packages = CreatePackages(slug, org, ecosystems);
        var criticality = _random.Weighted(Vocabulary.Criticalities);
        var maintainers = CreateMaintainers();

        var state = _random.Weighted(Vocabulary.States);
        if (state == "deprecated" && _slugs.Length < 2)
        {
            state = "archived";
        }

        var since = state switch
        {
            "hiatus" => _random.Date(new DateOnly(2025, 9, 1), new DateOnly(2026, 10, 1)),
            "seeking-successor" or "handover" or "orphaned" or "unresponsive" => _random.Date(new DateOnly(2023, 1, 1), new DateOnly(2026, 10, 15)),
            _ => _random.Date(new DateOnly(2015, 6, 1), new DateOnly(2026, 10, 31)),
        };
        DateOnly? until = state == "hiatus" ? Min(since.AddDays(_random.Between(60, 240)), MaxDate) : null;
        string? successor = null;
        if (state == "deprecated")
        {
            var other = _random.Between(0, _slugs.Length - 2);
            successor = _slugs[other >= index ? other + 1 : other];
        }

        var reviewed = _random.Chance(0.8)
            ? _random.Date(Max(since, new DateOnly(2025, 11, 1)), MaxDate)
            : _random.Date(since, MaxDate);
        var status = new SyntheticStatus(state, since, until, successor, reviewed, _random.Pick(Vocabulary.ReasonsFor(state)));

        var stewarded = Array.IndexOf(Vocabulary.StewardedStates, state) >= 0;
        var interimCount = stewarded ? _random.Weighted<int>([(0, 30), (1, 50), (2, 20)]) : (_random.Chance(0.05) ? 1 : 0);
        var interim = new SyntheticInterimSteward[interimCount];
        var chosenStewards = _random.Distinct(_stewards, interimCount);
        for (var i = 0; i < interimCount; i++)
        {
            var steward = chosenStewards[i];
            interim[i] = new SyntheticInterimSteward(
                steward.GitHub,
                Max(since, steward.Since),
                _random.Distinct(Vocabulary.Powers, _random.Between(1, Vocabulary.Powers.Length)));
        }

        var helpKinds = _random.Distinct(Vocabulary.HelpKinds, _random.Weighted<int>([(0, 50), (1, 35), (2, 15)]));
        var helpWanted = Array.ConvertAll(helpKinds, kind => new SyntheticHelpWanted(kind, Vocabulary.HelpSummaryFor(kind)));
        string? caution = _random.Chance(0.02) ? "elevated" : null;
        var funding = CreateFunding(slug, maintainers[0].GitHub);
        var history = CreateHistory(status, repository, homepage, maintainers);
        string[] sources = _random.Chance(0.5) ? [homepage] : [homepage, repository];

        return new SyntheticProject(
            slug, name, CreateSummary(), repository, homepage, ecosystems, packages, criticality, maintainers,
            status, interim, helpWanted, caution, funding, history, sources);
    }

    private string CreateSummary()
    {
        var subject = _random.Pick(Vocabulary.Subjects);
        var purpose = _random.Pick(Vocabulary.Purposes);
        var features = _random.Distinct(Vocabulary.Features, 2);
        return _random.Between(0, 2) switch
        {
            0 => $"{subject} {purpose}: {features[0]} and {features[1]}.",
            1 => $"{subject} {purpose}, with {features[0]}; {features[1]}.",
            _ => $"{subject} {purpose}. Offers {features[0]}, {features[1]}.",
        };
    }

    private string[] CreatePackages(string slug, string org, string[] ecosystems)
    {
        var candidates = new List<string>(8);
        void Add(string purl)
        {
            if (!candidates.Contains(purl))
            {
                candidates.Add(purl);
            }
        }

        foreach (var ecosystem in ecosystems)
        {
            switch (ecosystem)
            {
                case "c":
                    Add($"pkg:deb/debian/{slug}");
                    Add($"pkg:rpm/fedora/{slug}");
                    break;
                case "linux-distributions":
                    Add($"pkg:deb/debian/{slug}");
                    Add($"pkg:apk/alpine/{slug}");
                    break;
                case "python":
                    Add($"pkg:pypi/{slug}");
                    break;
                case "javascript":
                    Add(_random.Chance(0.2) ? $"pkg:npm/%40{org}/{slug}" : $"pkg:npm/{slug}");
                    break;
                case "rust":
                    Add($"pkg:cargo/{slug}");
                    break;
                case "go":
                    Add($"pkg:golang/github.com/{org}/{slug}");
                    break;
                case "java":
                    Add($"pkg:maven/io.github.{org}/{slug}");
                    break;
                case "ruby":
                    Add($"pkg:gem/{slug}");
                    break;
                case "dotnet":
                    Add($"pkg:nuget/{slug}");
                    break;
                case "php":
                    Add($"pkg:composer/{org}/{slug}");
                    break;
                default:
                    throw new InvalidOperationException($"No package type for ecosystem {ecosystem}.");
            }
        }

        Add($"pkg:github/{org}/{slug}");
        Add($"pkg:deb/debian/{slug}");
        Add($"pkg:rpm/fedora/{slug}");
        return [.. candidates.Take(_random.Between(2, 4))];
    }

    private SyntheticMaintainer[] CreateMaintainers()
    {
        var handles = new List<string>(3);
        var maintainers = new SyntheticMaintainer[3];
        var leadSince = _random.Date(MinDate, new DateOnly(2024, 12, 31));
        for (var i = 0; i < maintainers.Length; i++)
        {
            var (name, handle) = CreatePerson(handles);
            handles.Add(handle);
            var role = i == 0 ? "lead" : _random.Weighted(Vocabulary.SecondaryRoles);
            var since = i == 0 ? leadSince
                : _random.Chance(0.04) ? _random.Date(new DateOnly(2026, 6, 1), MaxDate)
                : _random.Date(leadSince, new DateOnly(2025, 12, 31));
            maintainers[i] = new SyntheticMaintainer(handle, name, role, since);
        }

        return maintainers;
    }

    private SyntheticFunding CreateFunding(string slug, string leadHandle)
    {
        var currency = _random.Weighted(Vocabulary.Currencies);
        var yearly = _random.Chance(0.2);
        var period = yearly ? "year" : "month";
        var goal = new SyntheticAmount(_random.Pick(Vocabulary.MonthlyGoals) * (yearly ? 12 : 1), currency, period);

        var platforms = _random.Distinct(Vocabulary.Platforms, _random.Between(1, 2));
        var channels = Array.ConvertAll(platforms, platform => new SyntheticChannel(platform, platform switch
        {
            "github-sponsors" => $"https://github.com/sponsors/{leadHandle}",
            "open-collective" => $"https://opencollective.com/{slug}",
            _ => $"https://liberapay.com/{leadHandle}/",
        }));

        var sponsors = _random.Distinct(_sponsors, _random.Weighted<int>([(0, 40), (1, 40), (2, 20)]));
        var sources = new SyntheticFundingSource[sponsors.Length];
        for (var i = 0; i < sponsors.Length; i++)
        {
            var sourceCurrency = _random.Chance(0.9) ? currency : _random.Weighted(Vocabulary.Currencies);
            var sourcePeriod = _random.Chance(0.85) ? period : (yearly ? "month" : "year");
            var share = goal.Amount * _random.Between(5, 60) / 100;
            if (sourcePeriod != period)
            {
                share = yearly ? share / 12 : share * 12;
            }

            var amount = Math.Max(50, share / 50 * 50);
            sources[i] = new SyntheticFundingSource(
                sponsors[i].Slug,
                _random.Pick(Vocabulary.SourceKinds),
                new SyntheticAmount(amount, sourceCurrency, sourcePeriod),
                _random.Date(new DateOnly(2019, 1, 1), MaxDate));
        }

        return new SyntheticFunding(goal, channels, sources);
    }

    private SyntheticEvent[] CreateHistory(SyntheticStatus status, string repository, string homepage, SyntheticMaintainer[] maintainers)
    {
        const int count = 5;
        var statusIndex = _random.Chance(0.7) ? count - 1 : count - 2;
        var before = _random.DistinctDates(statusIndex, MinDate, status.Since.AddDays(-1));
        var after = _random.DistinctDates(count - 1 - statusIndex, status.Since.AddDays(1), MaxDate);
        var events = new SyntheticEvent[count];
        for (var i = 0; i < count; i++)
        {
            if (i == statusIndex)
            {
                events[i] = new SyntheticEvent(status.Since, "status", status.State, Fill(Vocabulary.StatusEventSummary(status.State)), null, CreateSource(repository, homepage, status.Since));
                continue;
            }

            var date = i < statusIndex ? before[i] : after[i - statusIndex - 1];
            var kind = _random.Weighted(i < statusIndex ? Vocabulary.EarlierEventKinds : Vocabulary.LaterEventKinds);
            string? state = null;
            string? caution = null;
            string summary;
            switch (kind)
            {
                case "status":
                    state = _random.Pick(Vocabulary.EarlierStates);
                    summary = Fill(Vocabulary.StatusEventSummary(state));
                    break;
                case "maintainer-added":
                    var added = maintainers[_random.Between(1, maintainers.Length - 1)];
                    summary = $"{added.Name} joined the maintainers as {added.Role}.";
                    break;
                case "maintainer-removed":
                    summary = $"{CreatePerson([]).Name} stepped down as maintainer after {_random.Between(2, 12)} years.";
                    break;
                case "steward-added":
                    summary = $"Steward {_random.Pick(_stewards).GitHub} started helping with triage and reviews.";
                    break;
                case "steward-removed":
                    summary = $"Steward {_random.Pick(_stewards).GitHub} stepped back; the maintainers resumed triage.";
                    break;
                case "incident":
                    summary = Fill(_random.Pick(Vocabulary.IncidentSummaries));
                    caution = "high";
                    break;
                case "funding":
                    summary = _random.Pick(Vocabulary.FundingSummaries);
                    break;
                default:
                    summary = Fill(_random.Pick(Vocabulary.NoteSummaries));
                    break;
            }

            events[i] = new SyntheticEvent(date, kind, state, summary, caution, CreateSource(repository, homepage, date));
        }

        return events;
    }

    private string CreateSource(string repository, string homepage, DateOnly date) =>
        _random.Chance(0.25)
            ? $"{homepage}news/{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : repository + Fill(_random.Pick(Vocabulary.SourcePaths));

    /// <summary>Replaces <c>{v}</c> with a version and <c>{n}</c> with a number.</summary>
    private string Fill(string template)
    {
        if (template.Contains("{v}", StringComparison.Ordinal))
        {
            template = template.Replace("{v}", string.Create(CultureInfo.InvariantCulture, $"{_random.Between(0, 9)}.{_random.Between(0, 30)}.{_random.Between(0, 12)}"), StringComparison.Ordinal);
        }

        if (template.Contains("{n}", StringComparison.Ordinal))
        {
            template = template.Replace("{n}", _random.Between(2, 4000).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return template;
    }

    private (string Name, string Handle) CreatePerson(IReadOnlyCollection<string> taken)
    {
        while (true)
        {
            var first = _random.Pick(Vocabulary.FirstNames);
            var last = _random.Pick(Vocabulary.LastNames);
            var handle = _random.Between(0, 4) switch
            {
                0 => first.Ascii + last.Ascii,
                1 => first.Ascii[0] + last.Ascii,
                2 => first.Ascii + "-" + last.Ascii,
                3 => last.Ascii + _random.Between(1, 99).ToString(CultureInfo.InvariantCulture),
                _ => first.Ascii + "-" + _random.Pick(Vocabulary.Syllables) + _random.Pick(Vocabulary.Syllables),
            };
            if (!taken.Contains(handle))
            {
                return ($"{first.Display} {last.Display}", handle);
            }
        }
    }

    private SyntheticSteward[] CreateStewards()
    {
        var stewards = new SyntheticSteward[StewardCount];
        var handles = new List<string>(StewardCount);
        var joined = _random.DistinctDates(StewardCount - FoundingStewardCount, new DateOnly(2019, 6, 1), new DateOnly(2025, 6, 30));
        for (var i = 0; i < StewardCount; i++)
        {
            var (name, handle) = CreatePerson(handles);
            handles.Add(handle);
            var founding = i < FoundingStewardCount;
            IReadOnlyList<string> vouchedBy = founding ? [] : _random.Distinct(handles.GetRange(0, i), 2);
            var areas = _random.Distinct(Vocabulary.StewardAreas, _random.Between(1, 3));
            stewards[i] = new SyntheticSteward(handle, name, founding ? FoundingDate : joined[i - FoundingStewardCount], vouchedBy, areas);
        }

        return stewards;
    }

    private SyntheticSponsor[] CreateSponsors()
    {
        var sponsors = new SyntheticSponsor[SponsorCount];
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var filled = 0;
        while (filled < SponsorCount)
        {
            var kind = _random.Weighted(Vocabulary.SponsorKinds);
            string name;
            string slug;
            string url;
            if (kind == "individual")
            {
                var first = _random.Pick(Vocabulary.FirstNames);
                var last = _random.Pick(Vocabulary.LastNames);
                name = $"{first.Display} {last.Display}";
                slug = $"{first.Ascii}-{last.Ascii}";
                url = $"https://github.com/{first.Ascii}{last.Ascii}";
            }
            else
            {
                name = kind switch
                {
                    "company" => $"{_random.Pick(Vocabulary.CompanyWords)} {_random.Pick(Vocabulary.CompanySuffixes)}",
                    "foundation" => $"{_random.Pick(Vocabulary.CompanyWords)} {_random.Pick(Vocabulary.FoundationSuffixes)}",
                    _ => _random.Pick(Vocabulary.GovernmentNames),
                };
                slug = ToSlug(name);
                url = $"https://{slug}.example/";
            }

            if (slugs.Add(slug))
            {
                sponsors[filled++] = new SyntheticSponsor(slug, name, url, kind);
            }
        }

        return sponsors;
    }

    private string[] CreateOrgs(int count)
    {
        var orgs = new string[count];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var filled = 0;
        while (filled < count)
        {
            var org = Syllables(_random.Between(2, 3)) + _random.Pick(SharedOrgSuffixes);
            if (taken.Add(org))
            {
                orgs[filled++] = org;
            }
        }

        return orgs;
    }

    private string[] CreateSlugs(int count)
    {
        var slugs = new string[count];
        var taken = new HashSet<string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var slug = "";
            for (var attempt = 0; attempt < 50; attempt++)
            {
                slug = _random.Pick(Vocabulary.SlugPrefixes) + Syllables(_random.Weighted<int>([(2, 60), (3, 40)])) + _random.Pick(Vocabulary.SlugSuffixes);
                if (!taken.Contains(slug))
                {
                    break;
                }
            }

            if (!taken.Add(slug))
            {
                slug = string.Create(CultureInfo.InvariantCulture, $"{slug}-{i}");
                taken.Add(slug);
            }

            slugs[i] = slug;
        }

        return slugs;
    }

    private string Syllables(int count)
    {
        var builder = new StringBuilder(16);
        var previous = "";
        var added = 0;
        while (added < count)
        {
            var syllable = _random.Pick(Vocabulary.Syllables);
            if (syllable != previous)
            {
                builder.Append(syllable);
                previous = syllable;
                added++;
            }
        }

        return builder.ToString();
    }

    private string[] DistinctWeighted(IReadOnlyList<(string Item, int Weight)> items, int count)
    {
        var chosen = new List<string>(count);
        while (chosen.Count < count)
        {
            var item = _random.Weighted(items);
            if (!chosen.Contains(item))
            {
                chosen.Add(item);
            }
        }

        return [.. chosen];
    }

    private static string ToSlug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
