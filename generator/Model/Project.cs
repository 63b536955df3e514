using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Steady.Model;

/// <summary>One registry entry: <c>registry-data/projects/&lt;slug&gt;.yml</c>.</summary>
[Description("A project entry of the Steady registry. The file name is the slug.")]
public sealed record Project : Located
{
    /// <summary>The file name without extension; also the URL and API id. Not written in the file.</summary>
    [JsonIgnore]
    public string Slug { get; init; } = "";

    /// <summary>Where every value of the file was written.</summary>
    [JsonIgnore]
    public SourceMap Source { get; init; } = SourceMap.Empty;

    [Description("Display name of the project.")]
    public required string Name { get; init; }

    [Description("One sentence saying what the project is.")]
    public required string Summary { get; init; }

    [Description("Source repository (https).")]
    [Text(TextKind.Url)]
    public required string Repository { get; init; }

    [Description("Project home page (https).")]
    [Text(TextKind.Url)]
    public string? Homepage { get; init; }

    [Description("Ecosystems the project ships in, lowercase names such as c, npm, go.")]
    [Text(TextKind.Ecosystem)]
    public IReadOnlyList<string> Ecosystems { get; init; } = [];

    [Description("Package URLs (purl) of the packages this project publishes, without versions.")]
    [Text(TextKind.Purl)]
    public IReadOnlyList<string> Packages { get; init; } = [];

    [Description("How much of the ecosystem depends on the project.")]
    public required Criticality Criticality { get; init; }

    [Description("The people who maintain the project.")]
    public IReadOnlyList<Maintainer> Maintainers { get; init; } = [];

    [Description("The current state, as declared by a maintainer or steward.")]
    public required ProjectStatus Status { get; init; }

    [Description("Registry stewards keeping the project steady meanwhile.")]
    public IReadOnlyList<InterimSteward> InterimStewards { get; init; } = [];

    [Description("Help the project needs now.")]
    public IReadOnlyList<HelpWanted> HelpWanted { get; init; } = [];

    [Description("Downstream caution declared by the project or the stewards.")]
    public DeclaredCaution? Caution { get; init; }

    [Description("How the project is funded and where money can be given.")]
    public Funding? Funding { get; init; }

    [Description("Events, oldest first. Never deleted.")]
    public IReadOnlyList<HistoryEvent> History { get; init; } = [];

    [Description("Public sources for the entry.")]
    [Text(TextKind.Url)]
    public IReadOnlyList<string> Sources { get; init; } = [];
}
