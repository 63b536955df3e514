namespace Steady.Audit;

/// <summary>An SBOM as read by <see cref="SbomReader"/>.</summary>
/// <param name="Source">The path as the user gave it; used in every message and report.</param>
/// <param name="Format">The format detected from the content.</param>
/// <param name="SpecVersion">The format's version (<c>1.5</c>, <c>SPDX-2.3</c>), or null for a purl list.</param>
/// <param name="Dependencies">The dependencies, duplicates removed, in document order.</param>
/// <param name="Warnings">What was skipped, in document order.</param>
public sealed record SbomDocument(
    string Source,
    SbomFormat Format,
    string? SpecVersion,
    IReadOnlyList<SbomDependency> Dependencies,
    IReadOnlyList<SbomWarning> Warnings)
{
    /// <summary>A short human name of the format and version, such as <c>CycloneDX 1.5</c>.</summary>
    public string FormatDisplay => Format switch
    {
        SbomFormat.CycloneDx => $"CycloneDX {SpecVersion}",
        SbomFormat.Spdx => SpecVersion ?? "SPDX",
        _ => "purl list",
    };
}
