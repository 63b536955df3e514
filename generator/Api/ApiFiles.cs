namespace Steady.Api;

/// <summary>Every API file, in the order of <c>index.json</c>.</summary>
public static class ApiFiles
{
    public const int SchemaVersion = 1;

    public static readonly ApiFile Index = new("index", ApiPaths.Index, typeof(ApiEnvelope<IReadOnlyList<ApiEndpoint>>),
        "Every file the site publishes for machines, with a description and, for API files, its JSON Schema.");

    public static readonly ApiFile Projects = new("projects", ApiPaths.Projects, typeof(ApiEnvelope<IReadOnlyList<ApiProjectSummary>>),
        "All projects with summary fields: state, derived caution, needs help, staleness; sorted by slug.");

    public static readonly ApiFile Project = new("project", ApiPaths.Project("{slug}"), typeof(ApiEnvelope<ApiProject>),
        "Everything about one project: the entry, its history with stable ids, and the derived signals with their reasons.");

    public static readonly ApiFile Caution = new("caution", ApiPaths.Caution, typeof(ApiEnvelope<IReadOnlyList<ApiCautionEntry>>),
        "Projects whose downstream caution is not none: level, since, reasons and packages; high first, then by slug.");

    public static readonly ApiFile Purls = new("purls", ApiPaths.Purls, typeof(ApiEnvelope<IReadOnlyDictionary<string, string>>),
        "Every package URL (purl) in the registry, as written in the entries, mapped to its project's slug.");

    public static readonly ApiFile Stewards = new("stewards", ApiPaths.Stewards, typeof(ApiEnvelope<IReadOnlyList<ApiSteward>>),
        "The registry's stewards and the projects each one keeps steady, with their powers there.");

    public static readonly ApiFile Sponsors = new("sponsors", ApiPaths.Sponsors, typeof(ApiEnvelope<IReadOnlyList<ApiSponsor>>),
        "The sponsors and what each one gives, to which project.");

    public static readonly ApiFile Full = new("full", ApiPaths.Full, typeof(ApiEnvelope<IReadOnlyList<ApiProject>>),
        "Every project in full, for consumers that mirror the registry; sorted by slug, written on one line.");

    public static readonly IReadOnlyList<ApiFile> All = [Index, Projects, Project, Caution, Purls, Stewards, Sponsors, Full];
}
