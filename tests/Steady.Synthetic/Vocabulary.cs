using Steady.Synthetic.Model;

namespace Steady.Synthetic;

/// <summary>Word lists and weights the synthetic registry draws from. Every list is fixed and ordered.</summary>
public static class Vocabulary
{
    /// <summary>The status vocabulary with weights close to a real registry: most projects are fine.</summary>
    public static readonly (string Item, int Weight)[] States =
    [
        ("active", 55),
        ("maintenance-only", 15),
        ("hiatus", 7),
        ("seeking-successor", 6),
        ("handover", 3),
        ("orphaned", 4),
        ("unresponsive", 2),
        ("deprecated", 4),
        ("archived", 4),
    ];

    /// <summary>States a project may have passed through before its current one.</summary>
    public static readonly string[] EarlierStates = ["active", "active", "active", "maintenance-only", "hiatus", "seeking-successor", "handover"];

    /// <summary>States in which stewards usually keep the ship steady.</summary>
    public static readonly string[] StewardedStates = ["hiatus", "seeking-successor", "handover", "orphaned", "unresponsive"];

    public static readonly (string Item, int Weight)[] Criticalities = [("critical", 20), ("high", 45), ("moderate", 35)];

    public static readonly (string Item, int Weight)[] Ecosystems =
    [
        ("c", 14),
        ("linux-distributions", 10),
        ("python", 14),
        ("javascript", 16),
        ("rust", 9),
        ("go", 9),
        ("java", 9),
        ("ruby", 5),
        ("dotnet", 5),
        ("php", 5),
    ];

    public static readonly (string Item, int Weight)[] SecondaryRoles = [("co-maintainer", 60), ("release-manager", 20), ("security-contact", 20)];

    public static readonly string[] Powers = ["triage", "review", "merge", "release"];

    public static readonly string[] HelpKinds = ["co-maintainer", "reviewer", "security-triage", "release-manager", "funding", "infrastructure"];

    public static readonly (string Item, int Weight)[] EarlierEventKinds =
    [
        ("note", 25),
        ("maintainer-added", 20),
        ("funding", 20),
        ("status", 20),
        ("steward-added", 5),
        ("maintainer-removed", 5),
        ("incident", 3),
        ("steward-removed", 2),
    ];

    public static readonly (string Item, int Weight)[] LaterEventKinds = [("note", 60), ("funding", 30), ("maintainer-added", 10)];

    public static readonly (string Item, int Weight)[] Currencies = [("USD", 70), ("EUR", 25), ("GBP", 5)];

    public static readonly int[] MonthlyGoals = [500, 1000, 1500, 2000, 3000, 4000, 5000, 6000, 8000, 12000, 20000];

    public static readonly string[] Platforms = ["github-sponsors", "open-collective", "liberapay"];

    public static readonly string[] SourceKinds = ["sponsorship", "sponsorship", "sponsorship", "grant"];

    public static readonly (string Item, int Weight)[] SponsorKinds = [("company", 34), ("foundation", 9), ("government", 3), ("individual", 4)];

    public static readonly string[] StewardAreas =
    [
        "security", "release-engineering", "c", "rust", "python", "javascript", "go", "java",
        "linux-distributions", "infrastructure", "cryptography", "packaging", "funding",
    ];

    public static readonly string[] SlugPrefixes = ["", "", "", "", "", "lib", "lib", "py", "go-", "node-", "rust-", "open", "fast", "tiny", "micro", "x"];

    public static readonly string[] SlugSuffixes = ["", "", "", "", "", "", "-utils", "-core", "js", "-rs", "-cli", "d", "-tools", "kit", "-lite", "2"];

    public static readonly string[] Syllables =
    [
        "zor", "va", "ku", "mel", "tri", "bex", "lo", "quin", "dra", "fen", "sol", "mar", "tek", "no", "ria",
        "pix", "gal", "vor", "sen", "ti", "bra", "kel", "mo", "ral", "zen", "dex", "fi", "ro", "lum", "ca",
        "ster", "yo", "nix", "ha", "pel", "gor", "wi", "sta", "qua", "ri", "den", "bo", "ly", "cor", "ta",
        "vin", "ju", "ex", "pra", "zu", "arc", "ion", "tum", "pho", "gle", "ma", "xan", "ol", "bi", "seq",
    ];

    public static readonly NamePart[] FirstNames =
    [
        new("Ada", "ada"), new("Amara", "amara"), new("Anders", "anders"), new("Aoife", "aoife"),
        new("Bilal", "bilal"), new("Bruno", "bruno"), new("Carmen", "carmen"), new("Chen", "chen"),
        new("Chioma", "chioma"), new("Dana", "dana"), new("Dmitri", "dmitri"), new("Elif", "elif"),
        new("Emeka", "emeka"), new("Eszter", "eszter"), new("Fatima", "fatima"), new("François", "francois"),
        new("Grace", "grace"), new("Hana", "hana"), new("Hiroshi", "hiroshi"), new("Ingrid", "ingrid"),
        new("Ivan", "ivan"), new("Jamal", "jamal"), new("José", "jose"), new("Julia", "julia"),
        new("Kai", "kai"), new("Kavya", "kavya"), new("Lars", "lars"), new("Leila", "leila"),
        new("Liam", "liam"), new("Łukasz", "lukasz"), new("Malik", "malik"), new("Mei", "mei"),
        new("Mateo", "mateo"), new("Nadia", "nadia"), new("Niamh", "niamh"), new("Noah", "noah"),
        new("Olu", "olu"), new("Priya", "priya"), new("Quentin", "quentin"), new("Rafael", "rafael"),
        new("Rin", "rin"), new("Rosa", "rosa"), new("Sanjay", "sanjay"), new("Sara", "sara"),
        new("Søren", "soren"), new("Tomás", "tomas"), new("Uma", "uma"), new("Viktor", "viktor"),
        new("Wen", "wen"), new("Yara", "yara"), new("Yusuf", "yusuf"), new("Zoë", "zoe"),
    ];

    public static readonly NamePart[] LastNames =
    [
        new("Abara", "abara"), new("Andersson", "andersson"), new("Bauer", "bauer"), new("Brennan", "brennan"),
        new("Castro", "castro"), new("Chowdhury", "chowdhury"), new("Da Silva", "dasilva"), new("Dubois", "dubois"),
        new("Eriksen", "eriksen"), new("Fischer", "fischer"), new("García", "garcia"), new("Gupta", "gupta"),
        new("Haddad", "haddad"), new("Hoffmann", "hoffmann"), new("Ivanova", "ivanova"), new("Jansen", "jansen"),
        new("Kim", "kim"), new("Kowalski", "kowalski"), new("Lindqvist", "lindqvist"), new("López", "lopez"),
        new("Mbeki", "mbeki"), new("Moreau", "moreau"), new("Müller", "muller"), new("Nakamura", "nakamura"),
        new("Nguyễn", "nguyen"), new("Novak", "novak"), new("O'Connor", "oconnor"), new("Okafor", "okafor"),
        new("Park", "park"), new("Petrov", "petrov"), new("Quinn", "quinn"), new("Rahman", "rahman"),
        new("Rossi", "rossi"), new("Sato", "sato"), new("Schmidt", "schmidt"), new("Singh", "singh"),
        new("Svensson", "svensson"), new("Tanaka", "tanaka"), new("Tremblay", "tremblay"), new("Van Dijk", "vandijk"),
        new("Varga", "varga"), new("Wang", "wang"), new("Weber", "weber"), new("Yilmaz", "yilmaz"),
        new("Zhang", "zhang"), new("Żak", "zak"),
    ];

    public static readonly string[] Subjects =
    [
        "Compression library", "HTTP client", "XML parser", "Date and time utilities", "TLS implementation",
        "Image decoding library", "Command-line argument parser", "Logging framework", "Regular expression engine",
        "Build tool", "JSON serializer", "Cryptography primitives", "Database driver", "Template engine",
        "Terminal colour helpers", "Unicode normalisation routines", "Network time daemon", "Archive extraction tools",
        "Font rendering engine", "Configuration file parser", "Async runtime", "Web framework", "Test runner",
        "Package signing tool", "DNS resolver", "Markdown renderer", "YAML loader", "Object-relational mapper",
        "Event loop", "Polyfill collection", "URL router", "Job queue", "Schema validator", "Protocol buffers codec",
    ];

    public static readonly string[] Purposes =
    [
        "for embedded systems", "for high-throughput services", "used by most Linux distributions",
        "for the command line", "for browsers and Node.js", "with a stable C ABI", "for cloud-native deployments",
        "shipped in every major distribution", "for scientific computing", "for mobile and desktop apps",
        "relied on by package managers", "for continuous integration pipelines",
    ];

    public static readonly string[] Features =
    [
        "streaming API", "no dependencies", "bindings for C and Python", "constant-time comparisons",
        "fuzzed continuously", "zero-copy parsing", "reproducible builds", "a \"safe by default\" mode",
        "small footprint", "thread-safe handles", "pluggable back ends", "long-term support branches",
        "signed releases", "incremental decoding",
    ];

    /// <summary>Reasons a maintainer or steward gives for a state (no personal circumstances).</summary>
    public static string[] ReasonsFor(string state) => state switch
    {
        "active" =>
        [
            "Maintained by the listed team; releases follow the published schedule.",
            "Regular releases; issues are triaged weekly by the maintainers.",
        ],
        "maintenance-only" =>
        [
            "Feature complete: security and portability fixes only, no new features planned.",
            "Stable API; the maintainers review fixes but do not accept new features.",
        ],
        "hiatus" =>
        [
            "Lead maintainer taking a break; releases paused, security fixes by stewards.",
            "Maintainers away until the review date: stewards triage issues and review fixes.",
        ],
        "seeking-successor" =>
        [
            "The lead maintainer wants to hand the project over and is looking for a successor.",
            "Looking for new maintainers: the current team no longer has time for reviews.",
        ],
        "handover" =>
        [
            "A successor is being onboarded; releases are co-signed by the outgoing maintainer.",
            "Handover in progress: the new maintainer reviews with the previous lead for six months.",
        ],
        "orphaned" =>
        [
            "No maintainer since the last one stepped down; stewards handle security reports only.",
            "Orphaned: nobody merges changes; downstream should pin and review carefully.",
        ],
        "unresponsive" =>
        [
            "No answer from the maintainers for 270 days after the documented contact process.",
            "Stewards declared the project unresponsive after 270 days without a reply.",
        ],
        "deprecated" =>
        [
            "Superseded by its successor; existing users should migrate.",
            "Deprecated in favour of the successor project, which keeps the same API.",
        ],
        "archived" =>
        [
            "Retired by its maintainers; the repository is read-only.",
            "Archived: no releases, no fixes; kept online for reference.",
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown state."),
    };

    /// <summary>Summaries of the history event that moved a project into a state.</summary>
    public static string StatusEventSummary(string state) => state switch
    {
        "active" => "Maintainers confirmed regular releases resume with release {v}.",
        "maintenance-only" => "Project declared feature complete: fixes only from release {v} on.",
        "hiatus" => "Lead maintainer on a break; stewards handle security fixes meanwhile.",
        "seeking-successor" => "Maintainer announced they are looking for a successor.",
        "handover" => "A new maintainer was chosen; the handover starts with release {v}.",
        "orphaned" => "The last maintainer stepped down; the project is orphaned.",
        "unresponsive" => "Stewards declared the project unresponsive after the 270-day process.",
        "deprecated" => "Project deprecated: users should move to its successor.",
        "archived" => "Repository archived by its maintainers; no further releases.",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown state."),
    };

    /// <summary>What a project asks for, by kind of help.</summary>
    public static string HelpSummaryFor(string kind) => kind switch
    {
        "co-maintainer" => "A co-maintainer to share reviews and releases with the lead.",
        "reviewer" => "Independent review of every release tarball before it is published.",
        "security-triage" => "Someone to triage security reports within the 90-day disclosure window.",
        "release-manager" => "A release manager to cut the next minor release: changelog, tags, signatures.",
        "funding" => "Recurring funding for maintainer time and the continuous integration bill.",
        "infrastructure" => "Help moving the build farm and the website to sponsored infrastructure.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of help."),
    };

    public static readonly string[] NoteSummaries =
    [
        "Release {v} published with fixes for {n} reported issues.",
        "Release {v}: fixes a \"use after free\" in the decoder.",
        "Documentation moved to the project website; old wiki retired.",
        "Continuous integration moved to a new provider; all platforms green.",
        "Roadmap for {v} published: smaller API, faster start-up.",
        "Maintainers confirmed the entry is accurate; no change in status.",
    ];

    public static readonly string[] FundingSummaries =
    [
        "New recurring sponsorship covering part of the maintainer time.",
        "Grant received for a security audit and fuzzing work.",
        "Funding goal raised to cover a second part-time maintainer.",
    ];

    public static readonly string[] IncidentSummaries =
    [
        "Malicious code found in release {v}; the release was withdrawn.",
        "A compromised publishing token was revoked; release {v} re-signed.",
        "Typosquatting packages reported to the registry and removed.",
    ];

    public static readonly string[] SourcePaths = ["/releases/tag/v{v}", "/issues/{n}", "/discussions/{n}", "/pull/{n}"];

    public static readonly string[] CompanyWords =
    [
        "Northwind", "Bluefin", "Granite", "Larkspur", "Meridian", "Obsidian", "Pinecrest", "Quayside", "Redwood",
        "Saltmarsh", "Tidewater", "Umber", "Vantage", "Westbrook", "Yarrow", "Zephyr", "Alder", "Brightline",
        "Cobalt", "Driftwood", "Ember", "Foxglove", "Harbor", "Ironbark", "Juniper", "Kestrel",
    ];

    public static readonly string[] CompanySuffixes = ["Systems", "Labs", "Cloud", "Software", "Networks", "Data", "Security", "Analytics"];

    public static readonly string[] FoundationSuffixes = ["Foundation", "Open Source Fund", "Trust"];

    public static readonly string[] GovernmentNames =
    [
        "Civic Software Agency", "Digital Infrastructure Office", "National Open Code Programme", "Public Code Fund",
    ];
}
