using Steady.Diagnostics;
using Steady.Model;
using Steady.Text;

namespace Steady.Validate;

/// <summary>Rules across files: references to stewards and sponsors, and claims that must be unique.</summary>
internal static class CrossFileRules
{
    /// <param name="projects">What each entry claims, in the order of <see cref="Registry.Projects"/> (by slug).</param>
    /// <param name="stewardList">The registry's stewards.</param>
    /// <param name="sponsorList">The registry's sponsors.</param>
    /// <param name="bag">Receives the problems.</param>
    public static void Check(
        IReadOnlyList<ProjectClaims> projects, IReadOnlyList<Steward> stewardList, IReadOnlyList<Sponsor> sponsorList, DiagnosticBag bag)
    {
        var stewards = stewardList.Select(s => s.Github).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sponsors = sponsorList.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        var slugs = projects.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var purls = new Dictionary<string, ProjectClaims>(StringComparer.Ordinal);
        var repositories = new Dictionary<string, ProjectClaims>(StringComparer.Ordinal);

        foreach (var project in projects)
        {
            var src = project.Source;
            for (var i = 0; i < project.InterimStewards.Count; i++)
            {
                var login = project.InterimStewards[i];
                if (!stewards.Contains(login))
                {
                    bag.Error(DiagnosticCodes.UnknownSteward, src.Find($"interim_stewards[{i}].github"),
                        $"'{login}' is not a registry steward", "interim stewards come from registry-data/stewards.yml; check the spelling or add the steward there first");
                }
            }

            for (var i = 0; i < project.Sponsors.Count; i++)
            {
                var sponsor = project.Sponsors[i];
                if (TextRules.IsSlug(sponsor) && !sponsors.Contains(sponsor))
                {
                    bag.Error(DiagnosticCodes.UnknownSponsor, src.Find($"funding.sources[{i}].sponsor"),
                        $"sponsor '{sponsor}' has no file", $"add registry-data/sponsors/{sponsor}.yml or fix the slug");
                }
            }

            if (project.Successor is { } successor && TextRules.IsSlug(successor) && !slugs.Contains(successor))
            {
                bag.Error(DiagnosticCodes.UnknownSuccessor, src.Find("status.successor"),
                    $"successor '{successor}' is not a project in the registry", "name a registry slug, or write the successor's https:// address");
            }

            var keys = project.Keys;
            for (var i = 0; i < project.Packages.Count; i++)
            {
                var key = keys.Purls[i];
                if (!purls.TryAdd(key, project) && !ReferenceEquals(purls[key], project))
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

    /// <summary>
    /// The form of a purl used to detect two claims of the same package. An entry's purls were parsed when its values
    /// were checked, just before, so they are found among the thread's recent ones.
    /// </summary>
    public static string PurlKey(string purl) =>
        Purl.RecentPurls.TryParse(purl, out var parsed, out _) ? parsed.ToString() : purl;

    /// <summary>A repository URL normalised for comparison, the same way <c>steady audit</c> matches repositories.</summary>
    public static string RepositoryKey(string url) => Audit.RepositoryUrl.Normalize(url) ?? url.Trim().ToLowerInvariant();
}
