using Steady.Audit;
using Steady.Purl;

namespace Steady.Tests.Audit;

/// <summary>A small fictional registry to audit the fixture SBOMs against.</summary>
internal static class AuditFixtureRegistry
{
    public static IReadOnlyList<AuditEntry> Entries { get; } =
    [
        Entry(
            "libexample", "libexample", ["pkg:deb/debian/libexample", "pkg:rpm/fedora/libexample", "pkg:github/example-org/libexample"],
            "https://github.com/example-org/libexample", "hiatus", AuditCautionLevel.Elevated,
            ["state hiatus until 2027-02-01"],
            [new("steward-a", ["triage", "review"])],
            [new("reviewer", "Independent review of every release tarball.")]),
        Entry(
            "tinycompress", "TinyCompress", ["pkg:deb/debian/tinycompress-utils", "pkg:generic/tinycompress"],
            "https://git.example.org/tinycompress/tinycompress.git", "active", AuditCautionLevel.High,
            ["incident on 2026-09-01: malicious code in release 5.6.1, no all-clear yet", "maintainer added 2026-08-01 is on probation"],
            [new("steward-b", ["triage", "review", "merge", "release"])],
            [new("security-triage", "Help triage security reports.")]),
        Entry(
            "fastjson-lite", "fastjson-lite", ["pkg:npm/fastjson-lite"],
            "https://github.com/fastjson/fastjson-lite", "seeking-successor", AuditCautionLevel.Elevated,
            ["state seeking-successor"],
            [],
            [new("co-maintainer", "A new lead maintainer."), new("funding", "Pay for CI and fuzzing.")]),
        Entry(
            "ratelimit-tools", "ratelimit-tools", ["pkg:pypi/ratelimit-tools"],
            "https://gitlab.com/ratelimit/ratelimit-tools", "active", AuditCautionLevel.None, [], [], []),
        Entry(
            "acme-widgets", "@acme/widgets", ["pkg:npm/%40acme/widgets"],
            "https://github.com/acme/widgets", "handover", AuditCautionLevel.Elevated,
            ["state handover", "maintainer added 2026-10-01 is on probation"],
            [new("steward-c", ["review"])],
            []),
        Entry(
            "muxer", "muxer", ["pkg:golang/github.com/gorilla-like/muxer"],
            "https://github.com/gorilla-like/muxer", "orphaned", AuditCautionLevel.Elevated,
            ["state orphaned"],
            [],
            [new("co-maintainer", "Anyone who knows HTTP routing.")]),
        Entry(
            "commons-text", "Example Commons Text", ["pkg:maven/org.example.commons/commons-text"],
            null, "maintenance-only", AuditCautionLevel.None, [], [], []),
        Entry(
            "serde-lite", "serde-lite", ["pkg:cargo/serde-lite"],
            "https://github.com/serde-lite/serde-lite", "active", AuditCautionLevel.None, [], [], []),
        Entry(
            "example-json", "Example.Json", ["pkg:nuget/Example.Json"],
            "https://github.com/example/Example.Json", "unresponsive", AuditCautionLevel.Elevated,
            ["state unresponsive since 2026-06-01", "release 13.0.4 published by someone who is neither a maintainer nor a steward with release power"],
            [new("steward-a", ["triage"]), new("steward-d", ["release"])],
            [new("co-maintainer", "Take over the project."), new("release-manager", "Cut the next release.")]),
        Entry(
            "zlib-classic", "zlib-classic", [],
            "https://github.com/legacy/zlib-classic", "active", AuditCautionLevel.None, [], [], []),
        Entry(
            "sshtool", "sshtool", [],
            "https://bitbucket.org/sshtool/sshtool", "deprecated", AuditCautionLevel.None, ["state deprecated"], [], []),
    ];

    private static AuditEntry Entry(
        string slug,
        string name,
        string[] purls,
        string? repository,
        string state,
        AuditCautionLevel caution,
        string[] reasons,
        AuditSteward[] stewards,
        AuditHelpWanted[] help) =>
        new(slug, name, $"https://steady.example/projects/{slug}/", purls.Select(PackageUrl.Parse).ToList(), repository, state, caution, reasons, stewards, help);
}
