using Steady.Diagnostics;
using Steady.Model;
using Steady.Text;

namespace Steady.Validate;

/// <summary>Rules across files: references to stewards and sponsors, and claims that must be unique.</summary>
internal static class CrossFileRules
{
    /// <param name="registry">The registry as read.</param>
    /// <param name="bag">Receives the problems.</param>
    /// <param name="known">Each entry's keys, in the order of <see cref="Registry.Projects"/>, when known already (<see cref="ProjectKeys.Of"/> otherwise).</param>
    public static void Check(Registry registry, DiagnosticBag bag, IReadOnlyList<ProjectKeys>? known = null)
    {
        var stewards = registry.Stewards.Select(s => s.Github).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sponsors = registry.Sponsors.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        var slugs = registry.Projects.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var purls = new Dictionary<string, Project>(StringComparer.Ordinal);
        var repositories = new Dictionary<string, Project>(StringComparer.Ordinal);

        for (var index = 0; index < registry.Projects.Count; index++)
        {
            var project = registry.Projects[index];
            var src = project.Source;
            for (var i = 0; i < project.InterimStewards.Count; i++)
            {
                var login = project.InterimStewards[i].Github;
                if (!stewards.Contains(login))
                {
                    bag.Error(DiagnosticCodes.UnknownSteward, src.Find($"interim_stewards[{i}].github"),
                        $"'{login}' is not a registry steward", "interim stewards come from registry-data/stewards.yml; check the spelling or add the steward there first");
                }
            }

            var sources = project.Funding?.Sources ?? [];
            for (var i = 0; i < sources.Count; i++)
            {
                if (TextRules.IsSlug(sources[i].Sponsor) && !sponsors.Contains(sources[i].Sponsor))
                {
                    bag.Error(DiagnosticCodes.UnknownSponsor, src.Find($"funding.sources[{i}].sponsor"),
                        $"sponsor '{sources[i].Sponsor}' has no file", $"add registry-data/sponsors/{sources[i].Sponsor}.yml or fix the slug");
                }
            }

            if (project.Status.Successor is { } successor && TextRules.IsSlug(successor) && !slugs.Contains(successor))
            {
                bag.Error(DiagnosticCodes.UnknownSuccessor, src.Find("status.successor"),
                    $"successor '{successor}' is not a project in the registry", "name a registry slug, or write the successor's https:// address");
            }

            var keys = known?[index] ?? ProjectKeys.Of(project);
            for (var i = 0; i < project.Packages.Count; i++)
            {
                var key = keys.Purls[i];
                if (!purls.TryAdd(key, project) && purls[key] != project)
                {
                    bag.Error(DiagnosticCodes.DuplicatePurl, src.Find($"packages[{i}]"),
                        $"package '{project.Packages[i]}' is also claimed by projects/{purls[key].Slug}.yml",
                        "a package belongs to one project; remove it from one of the two entries");
                }
            }

            var repo = keys.Repository;
            if (!repositories.TryAdd(repo, project))
            {
                bag.Error(DiagnosticCodes.DuplicateRepository, src.Find("repository"),
                    $"repository is also claimed by projects/{repositories[repo].Slug}.yml",
                    "one repository has one entry; merge the two entries or fix the URL");
            }
        }
    }

    /// <summary>The form of a purl used to detect two claims of the same package.</summary>
    public static string PurlKey(string purl) =>
        Purl.PackageUrl.TryParse(purl, out var parsed, out _) && parsed is not null ? parsed.ToString() : purl;

    /// <summary>A repository URL normalised for comparison, the same way <c>steady audit</c> matches repositories.</summary>
    public static string RepositoryKey(string url) => Audit.RepositoryUrl.Normalize(url) ?? url.Trim().ToLowerInvariant();
}
