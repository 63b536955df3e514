namespace Steady.Tests.Guard;

/// <summary>A small fictional registry: three stewards and three projects, the base of every guard scenario.</summary>
public static class FictionalRegistry
{
    public const string Stewards = "registry-data/stewards.yml";
    public const string Quill = "registry-data/projects/libquill.yml";
    public const string Parse = "registry-data/projects/tinyparse.yml";
    public const string Zap = "registry-data/projects/zapcomp.yml";

    public static void WriteBase(TempGitRepository repo)
    {
        repo.Write("README.md", "# A fictional registry for guard tests\n");
        repo.Write(Stewards, StewardsYaml);
        repo.Write(Quill, QuillYaml);
        repo.Write(Parse, ParseYaml);
        repo.Write(Zap, ZapYaml);
    }

    public const string StewardsYaml = """
        stewards:
          - github: steward-ana
            name: Ana Steward
            since: 2023-01-01
            areas: [c]
          - github: steward-ben
            name: Ben Steward
            since: 2023-01-01
            areas: [python]
          - github: steward-cho
            name: Cho Steward
            since: 2024-02-01
            vouched_by: [steward-ana, steward-ben]
            areas: [release-engineering]

        """;

    public const string QuillYaml = """
        # yaml-language-server: $schema=../schema/project.schema.json
        name: libquill
        summary: Compression library and tools for the fictional .qz format.
        repository: https://github.com/quill-org/libquill
        homepage: https://libquill.example.org/
        ecosystems: [c, linux-distributions]
        packages: [pkg:deb/debian/libquill, pkg:github/quill-org/libquill]
        criticality: critical
        maintainers:
          - github: quill-lead
            name: Quill Lead
            role: lead
            since: 2015-01-01
          - github: quill-co
            role: co-maintainer
            since: 2019-06-01
        status:
          state: active
          since: 2024-05-29
          reviewed: 2026-01-10
        funding:
          goal: { amount: 3000, currency: USD, period: month }
          channels:
            - { platform: github-sponsors, url: https://github.com/sponsors/quill-lead }
        history:
          - date: 2024-03-29
            kind: incident
            summary: Tampered release tarballs found and withdrawn.
            caution: high
            source: https://libquill.example.org/security/2024-1
          - date: 2024-05-29
            kind: status
            state: active
            caution: none
            summary: Clean release by the original maintainer; all clear.
            source: https://libquill.example.org/news/clean-release
        sources: [https://libquill.example.org/]

        """;

    public const string ParseYaml = """
        name: tinyparse
        summary: A small streaming parser for a fictional configuration format.
        repository: https://github.com/parse-dev/tinyparse
        ecosystems: [python]
        packages: [pkg:pypi/tinyparse]
        criticality: high
        maintainers:
          - github: parse-dev
            role: lead
            since: 2020-03-01
        status:
          state: active
          since: 2020-03-01
          reviewed: 2025-12-01
        history:
          - date: 2020-03-01
            kind: status
            state: active
            summary: First release.
            source: https://github.com/parse-dev/tinyparse/releases/tag/v1.0.0
        sources: [https://github.com/parse-dev/tinyparse]

        """;

    public const string ZapYaml = """
        name: zapcomp
        summary: Fast compression for fictional log archives.
        repository: https://github.com/zap-org/zapcomp
        ecosystems: [rust]
        criticality: moderate
        maintainers:
          - github: zap-maint
            role: lead
            since: 2021-01-01
        status:
          state: hiatus
          since: 2025-11-01
          until: 2026-05-01
          reviewed: 2025-11-01
          reason: Lead maintainer on a break; stewards triage security reports.
        interim_stewards:
          - { github: steward-ben, since: 2025-11-01, powers: [triage, review] }
        history:
          - date: 2025-11-01
            kind: status
            state: hiatus
            summary: Lead maintainer on a break until May.
            source: https://github.com/zap-org/zapcomp/discussions/1
        sources: [https://github.com/zap-org/zapcomp]

        """;

    /// <summary>A new, valid entry nobody has proposed before.</summary>
    public const string FastLzYaml = """
        name: fastlz-ng
        summary: A fictional fast LZ77 compressor.
        repository: https://github.com/fastlz-ng/fastlz-ng
        ecosystems: [c]
        criticality: moderate
        maintainers:
          - github: lz-author
            role: lead
            since: 2022-04-01
        status:
          state: active
          since: 2022-04-01
          reviewed: 2026-02-01
        history:
          - date: 2022-04-01
            kind: status
            state: active
            summary: First release.
            source: https://github.com/fastlz-ng/fastlz-ng/releases/tag/v1.0
        sources: [https://github.com/fastlz-ng/fastlz-ng]

        """;
}
