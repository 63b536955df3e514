using Steady.Guard;
using static Steady.Tests.Guard.FictionalRegistry;

namespace Steady.Tests.Guard;

/// <summary>
/// The attack corpus: each scenario is a pull request against the fictional registry, most of them moves from the
/// xz-utils playbook (a newcomer gaining control, money redirected, sock puppets, rewritten history), some legitimate.
/// </summary>
public static class GuardCorpus
{
    /// <summary>Approval of the head commit.</summary>
    private const int Head = -1;

    private const int Old = 400;

    private const string MalloryMaintainer = """
          - github: quill-co
            role: co-maintainer
            since: 2019-06-01
          - github: mallory
            role: co-maintainer
            since: 2026-02-15
        """;

    private const string QuillCo = """
          - github: quill-co
            role: co-maintainer
            since: 2019-06-01
        """;

    private const string QuillHiatus = """
        status:
          state: hiatus
          since: 2026-02-20
          until: 2026-06-01
          reviewed: 2026-02-20
          reason: Lead maintainer taking a break; releases paused.
        """;

    private const string QuillActive = """
        status:
          state: active
          since: 2024-05-29
          reviewed: 2026-01-10
        """;

    private const string QuillLastEvent = """
            source: https://libquill.example.org/news/clean-release
        """;

    private static readonly string HiatusEvent = QuillLastEvent + "\n" + """
          - date: 2026-02-20
            kind: status
            state: hiatus
            summary: Lead maintainer on a break until June.
            source: https://libquill.example.org/news/break

        """;

    private static void AddMallory(TempGitRepository r) => r.Edit(Quill, QuillCo, MalloryMaintainer);

    private static void DeclareHiatus(TempGitRepository r)
    {
        r.Edit(Quill, QuillActive, QuillHiatus);
        r.Edit(Quill, QuillLastEvent, HiatusEvent);
    }

    public static readonly IReadOnlyList<GuardScenario> All =
    [
        new("stranger-adds-self-as-maintainer", GuardDecision.NeedsApproval, "mallory", Old, [AddMallory]),

        new("stranger-adds-self-with-maintainer-approval", GuardDecision.Allowed, "mallory", Old, [AddMallory],
            Approvals: [("quill-lead", Head)]),

        new("self-approval-ignored", GuardDecision.NeedsApproval, "mallory", Old, [AddMallory],
            Approvals: [("mallory", Head), ("MALLORY", Head)]),

        new("stale-review", GuardDecision.NeedsApproval, "mallory", Old,
            [r => r.Edit(Quill, "summary: Compression library", "summary: Maintained compression library"), AddMallory],
            Approvals: [("steward-ana", 0), ("steward-ben", 0), ("steward-cho", Head)],
            ExtraReviews:
            [
                new ReviewRecord("steward-cho", ReviewVerdict.Commented, null, new DateTimeOffset(2026, 2, 21, 0, 0, 0, TimeSpan.Zero), 10),
            ]),

        new("stranger-redirects-funding-channel", GuardDecision.NeedsApproval, "mallory", Old,
            [r => r.Edit(Quill, "https://github.com/sponsors/quill-lead", "https://github.com/sponsors/mallory")]),

        new("funding-channel-maintainer-alone", GuardDecision.NeedsApproval, "quill-lead", Old,
            [r => r.Edit(Quill, "{ platform: github-sponsors, url: https://github.com/sponsors/quill-lead }",
                "{ platform: open-collective, url: https://opencollective.com/libquill }")]),

        new("funding-channel-maintainer-and-steward", GuardDecision.Allowed, "quill-lead", Old,
            [r => r.Edit(Quill, "{ platform: github-sponsors, url: https://github.com/sponsors/quill-lead }",
                "{ platform: open-collective, url: https://opencollective.com/libquill }")],
            Approvals: [("steward-ben", Head)]),

        new("maintainer-of-a-edits-b", GuardDecision.NeedsApproval, "parse-dev", Old,
            [r => r.Edit(Quill, QuillActive, """
                status:
                  state: seeking-successor
                  since: 2024-05-29
                  reviewed: 2026-01-10
                """)]),

        new("stranger-marks-unresponsive", GuardDecision.NeedsApproval, "mallory", Old,
            [r =>
            {
                r.Edit(Parse, "  state: active\n  since: 2020-03-01", "  state: unresponsive\n  since: 2026-02-10");
                r.Edit(Parse, "releases/tag/v1.0.0\n", """
                    releases/tag/v1.0.0
                      - date: 2026-02-10
                        kind: status
                        state: unresponsive
                        summary: No answer from the maintainer.
                        source: https://github.com/parse-dev/tinyparse/issues/99

                    """);
            }]),

        new("maintainer-declares-hiatus", GuardDecision.Allowed, "quill-lead", Old, [DeclareHiatus]),

        new("differently-cased-maintainer-login", GuardDecision.Allowed, "Quill-LEAD", Old, [DeclareHiatus]),

        new("lookalike-unicode-author", GuardDecision.Refused, "quill-le\u0430d", Old, [DeclareHiatus]),

        new("lookalike-maintainer-in-data", GuardDecision.Refused, "quill-lead", Old,
            [r => r.Edit(Quill, QuillCo, QuillCo + "\n" + """
                  - github: quill-c{o}
                    role: release-manager
                    since: 2026-02-15
                """.Replace("{o}", "\u043E", StringComparison.Ordinal))]),

        new("young-account-maintainer", GuardDecision.NeedsApproval, "parse-dev", 10,
            [r => r.Edit(Parse, "  state: active\n  since: 2020-03-01\n", "  state: maintenance-only\n  since: 2026-02-10\n")
                , r => r.Edit(Parse, "releases/tag/v1.0.0\n", """
                    releases/tag/v1.0.0
                      - date: 2026-02-10
                        kind: status
                        state: maintenance-only
                        summary: Fixes only from now on.
                        source: https://github.com/parse-dev/tinyparse/discussions/7

                    """)]),

        new("unknown-account-age", GuardDecision.NeedsApproval, "quill-lead", null, [DeclareHiatus]),

        new("caution-high-by-maintainer", GuardDecision.NeedsApproval, "quill-lead", Old,
            [r => r.Edit(Quill, "history:\n", "caution:\n  level: high\n  reason: Release keys may be compromised.\nhistory:\n")]),

        new("incident-by-two-stewards", GuardDecision.Allowed, "steward-ana", Old,
            [r => r.Edit(Parse, "releases/tag/v1.0.0\n", """
                releases/tag/v1.0.0
                  - date: 2026-02-25
                    kind: incident
                    caution: high
                    summary: A release was published from an unknown account.
                    source: https://github.com/parse-dev/tinyparse/security/advisories/1

                """)],
            Approvals: [("steward-ben", Head)]),

        new("delete-past-history-event", GuardDecision.Refused, "quill-lead", Old,
            [r => r.Edit(Quill, """
                  - date: 2024-03-29
                    kind: incident
                    summary: Tampered release tarballs found and withdrawn.
                    caution: high
                    source: https://libquill.example.org/security/2024-1

                """, "")],
            Approvals: [("steward-ana", Head), ("steward-ben", Head)]),

        new("history-correction-by-stewards", GuardDecision.Allowed, "steward-ana", Old,
            [r =>
            {
                r.Edit(Quill, "Tampered release tarballs found and withdrawn.", "Tampered release tarballs (5.6.0, 5.6.1) found and withdrawn.");
                r.Edit(Quill, QuillLastEvent, QuillLastEvent + "\n" + """
                      - date: 2026-02-22
                        kind: note
                        summary: Corrected the 2024-03-29 incident to name the affected releases.
                        source: https://libquill.example.org/security/2024-1

                    """);
            }],
            Approvals: [("steward-cho", Head)]),

        new("rename-project-file", GuardDecision.NeedsApproval, "mallory", Old,
            [r => r.Move(Parse, "registry-data/projects/tiny-parse.yml")]),

        new("delete-project-by-stranger", GuardDecision.NeedsApproval, "mallory", Old, [r => r.Delete(Parse)]),

        new("repository-redirect-by-stranger", GuardDecision.NeedsApproval, "mallory", Old,
            [r => r.Edit(Quill, "repository: https://github.com/quill-org/libquill", "repository: https://github.com/qui11-org/libquill")]),

        new("summary-text-by-stranger", GuardDecision.NeedsApproval, "helpful-reader", Old,
            [r => r.Edit(Parse, "A small streaming parser", "A small, fast streaming parser")]),

        new("summary-text-by-stranger-with-steward-approval", GuardDecision.Allowed, "helpful-reader", Old,
            [r => r.Edit(Parse, "A small streaming parser", "A small, fast streaming parser")],
            Approvals: [("steward-cho", Head)]),

        new("maintainer-removes-co-maintainer", GuardDecision.Allowed, "quill-lead", Old, [r => r.Edit(Quill, QuillCo, "")]),

        new("data-with-generator-change", GuardDecision.NeedsApproval, "quill-lead", Old,
            [r =>
            {
                r.Edit(Quill, "Compression library and tools", "Compression library and command-line tools");
                r.Write("generator/Guard/GuardEngine.cs", "// always allow\n");
            }]),

        new("new-project-with-steward-approval", GuardDecision.Allowed, "lz-author", Old,
            [r => r.Write("registry-data/projects/fastlz-ng.yml", FastLzYaml)],
            Approvals: [("steward-cho", Head)]),

        new("new-project-without-approval", GuardDecision.NeedsApproval, "lz-author", Old,
            [r => r.Write("registry-data/projects/fastlz-ng.yml", FastLzYaml)]),

        new("new-steward-one-voucher", GuardDecision.Refused, "steward-ana", Old,
            [r => r.Write(Stewards, StewardsYaml + """
                  - github: eve-helper
                    name: Eve Helper
                    since: 2026-02-01
                    vouched_by: [steward-ana, eve-helper]

                """.TrimEnd('\n') + "\n")],
            Approvals: [("steward-ben", Head)]),

        new("new-steward-vouched-by-two", GuardDecision.Allowed, "steward-ana", Old,
            [r => r.Write(Stewards, StewardsYaml + """
                  - github: dee-steward
                    name: Dee Steward
                    since: 2026-02-01
                    vouched_by: [steward-ana, steward-cho]

                """.TrimEnd('\n') + "\n")],
            Approvals: [("steward-cho", Head)]),

        new("fewer-than-two-stewards", GuardDecision.Allowed, "mallory", Old,
            [r =>
            {
                r.Edit(Parse, "  state: active\n  since: 2020-03-01", "  state: unresponsive\n  since: 2026-02-10");
                r.Edit(Parse, "releases/tag/v1.0.0\n", """
                    releases/tag/v1.0.0
                      - date: 2026-02-10
                        kind: status
                        state: unresponsive
                        summary: No answer from the maintainer for 270 days.
                        source: https://github.com/parse-dev/tinyparse/issues/99

                    """);
            }],
            Approvals: [("repo-admin", Head)],
            Base: r =>
            {
                r.Write(Stewards, """
                    stewards:
                      - github: steward-ana
                        name: Ana Steward
                        since: 2023-01-01

                    """);
                r.Edit(Zap, "interim_stewards:\n  - { github: steward-ben, since: 2025-11-01, powers: [triage, review] }\n", "");
            }),
    ];
}
