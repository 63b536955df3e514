using Steady.Audit;

namespace Steady.Tests.Audit;

/// <summary>One component of the generated fixture SBOMs, with the match the audit must find for it.</summary>
/// <param name="Name">Component name.</param>
/// <param name="Group">CycloneDX group (Maven group, npm scope), or null.</param>
/// <param name="Version">Version, or null.</param>
/// <param name="Purl">Purl text, or null.</param>
/// <param name="Vcs">CycloneDX vcs external reference, or null.</param>
/// <param name="SpdxDownload">SPDX downloadLocation; null means derived from <paramref name="Vcs"/> or NOASSERTION.</param>
/// <param name="ExpectedSlug">The project the dependency must match, or null for no match.</param>
/// <param name="ExpectedKind">How it must match.</param>
/// <param name="Website">A CycloneDX website reference, which must never be used for matching.</param>
/// <param name="Children">Nested CycloneDX components.</param>
internal sealed record FixtureComponent(
    string Name,
    string? Group = null,
    string? Version = null,
    string? Purl = null,
    string? Vcs = null,
    string? SpdxDownload = null,
    string? ExpectedSlug = null,
    AuditMatchKind? ExpectedKind = null,
    string? Website = null,
    IReadOnlyList<FixtureComponent>? Children = null);
