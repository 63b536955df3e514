using System.Globalization;

namespace Steady.Cli.Commands;

/// <summary>The commented entry written by <c>steady new</c>. It validates as written.</summary>
public static class EntryTemplate
{
    public static string Render(string slug, DateOnly today)
    {
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $$"""
            # yaml-language-server: $schema=../schema/project.schema.json
            # A registry entry. The file name ({{slug}}.yml) is the slug, the URL and the API id.
            # Every fact needs a public source. Personal reasons are never published.
            name: {{slug}}
            summary: One sentence saying what the project is and who depends on it.
            repository: https://github.com/OWNER/{{slug}}
            # homepage: https://example.org/
            ecosystems: []                  # e.g. [c, linux-distributions] or [npm]
            packages: []                    # package URLs without versions, e.g. pkg:npm/{{slug}}
            criticality: moderate           # critical | high | moderate
            maintainers: []
            #  - github: login              # the GitHub login
            #    name: Shown Name
            #    role: lead                 # lead | co-maintainer | release-manager | security-contact
            #    since: 2020-01-01
            status:
              state: active                 # active | maintenance-only | hiatus | seeking-successor | handover
                                            # | orphaned | unresponsive | deprecated | archived
              since: {{date}}
              # until: 2027-01-01           # needed for hiatus: expected return or review date
              reviewed: {{date}}            # the last time a maintainer or steward confirmed this entry
              reason: Maintained normally.
            interim_stewards: []            # stewards from stewards.yml: { github, since, powers: [triage, review, merge, release] }
            help_wanted: []                 # { kind: co-maintainer | reviewer | security-triage | release-manager | funding | infrastructure, summary }
            history:                        # oldest first, never deleted; the last status event matches status
              - date: {{date}}
                kind: status
                state: active
                summary: Entry added to the registry.
                source: https://github.com/OWNER/{{slug}}
            sources: []

            """;
    }
}
