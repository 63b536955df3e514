using Steady.Purl;

namespace Steady.Audit;

/// <summary>
/// Gathers the dependencies of one SBOM: parses each purl (an invalid one becomes a warning and the
/// dependency is kept without it), normalises repository URLs and drops exact duplicates.
/// </summary>
internal sealed class DependencyCollector
{
    private readonly List<SbomDependency> dependencies = [];
    private readonly List<SbomWarning> warnings = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public IReadOnlyList<SbomDependency> Dependencies => dependencies;

    public IReadOnlyList<SbomWarning> Warnings => warnings;

    public void Warn(string location, string message) => warnings.Add(new SbomWarning(location, message));

    public void Add(string? name, string? version, string? purlText, string? repository, string location, int? line = null)
    {
        PackageUrl? purl = null;
        if (!string.IsNullOrWhiteSpace(purlText))
        {
            if (PackageUrl.TryParse(purlText.Trim(), out var parsed, out var error))
            {
                purl = parsed;
            }
            else
            {
                Warn(location, $"purl '{AuditText.Clip(purlText, 120)}' ignored: {error}");
            }
        }

        var normalizedRepository = RepositoryUrl.Normalize(repository);
        var displayName = string.IsNullOrWhiteSpace(name) ? purl?.Name ?? AuditText.Clip(purlText ?? "(unnamed)", 120) : name;
        var dependency = new SbomDependency(
            AuditText.Clip(displayName, 200),
            string.IsNullOrEmpty(version) ? purl?.Version : AuditText.Clip(version, 120),
            purl,
            normalizedRepository,
            location,
            line);

        var key = purl is not null
            ? "purl " + purl
            : $"name {dependency.Name}\n{dependency.Version}\n{dependency.Repository}";
        if (seen.Add(key))
        {
            dependencies.Add(dependency);
        }
    }
}
