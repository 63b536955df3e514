using Steady.Purl;

namespace Steady.Audit;

/// <summary>One dependency read from an SBOM.</summary>
/// <param name="Name">The component or package name as the SBOM gives it (CycloneDX group/name).</param>
/// <param name="Version">The version as the SBOM gives it, or null.</param>
/// <param name="Purl">The parsed purl, or null when the SBOM has none (or an invalid one, reported as a warning).</param>
/// <param name="Repository">The normalised source repository URL (see <see cref="RepositoryUrl"/>), or null.</param>
/// <param name="Location">Where the dependency is in the SBOM: a JSON path (<c>$.components[3]</c>) or <c>line 7</c>.</param>
/// <param name="Line">The 1-based line for plain purl lists, else null.</param>
public sealed record SbomDependency(
    string Name,
    string? Version,
    PackageUrl? Purl,
    string? Repository,
    string Location,
    int? Line = null)
{
    /// <summary>How the dependency is shown: its canonical purl, else name and version.</summary>
    public string Display => Purl?.ToString() ?? (Version is null ? Name : $"{Name}@{Version}");
}
