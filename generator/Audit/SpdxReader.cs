using System.Text.Json;

namespace Steady.Audit;

/// <summary>
/// Reads the packages of an SPDX 2.3 JSON document: name, <c>versionInfo</c>, the first <c>externalRefs</c>
/// entry with <c>referenceType: purl</c>, and <c>downloadLocation</c> as the repository when it names one
/// (a <c>git+</c>-style VCS location, or any URL on GitHub, GitLab, Bitbucket or Codeberg,
/// release archives included, which <see cref="RepositoryUrl"/> cuts to the repository).
/// </summary>
internal static class SpdxReader
{
    private static readonly string[] ForgeHosts = ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org"];

    public static SbomDocument Read(JsonElement root, string source)
    {
        var version = JsonFields.RequiredString(root, "spdxVersion", "$", source);
        if (version is not ("SPDX-2.3" or "SPDX-2.2"))
        {
            throw new AuditInputException(source, $"$.spdxVersion: {AuditText.Clip(version, 20)} is not supported (read: SPDX-2.3 JSON)");
        }

        var collector = new DependencyCollector();
        foreach (var (package, packagePath) in JsonFields.OptionalArray(root, "packages", "$", source))
        {
            JsonFields.RequireObject(package, packagePath, source);
            var name = JsonFields.RequiredString(package, "name", packagePath, source);
            var versionInfo = JsonFields.OptionalString(package, "versionInfo", packagePath, source);
            var download = JsonFields.OptionalString(package, "downloadLocation", packagePath, source);
            string? purl = null;
            foreach (var (reference, referencePath) in JsonFields.OptionalArray(package, "externalRefs", packagePath, source))
            {
                JsonFields.RequireObject(reference, referencePath, source);
                var type = JsonFields.OptionalString(reference, "referenceType", referencePath, source);
                var locator = JsonFields.OptionalString(reference, "referenceLocator", referencePath, source);
                if (type == "purl" && purl is null && locator is not null)
                {
                    purl = locator;
                }
            }

            collector.Add(name, versionInfo, purl, RepositoryFrom(download), packagePath);
        }

        return new SbomDocument(source, SbomFormat.Spdx, version, collector.Dependencies, collector.Warnings);
    }

    /// <summary>The download location when it names a source repository; tarballs and registry URLs are not.</summary>
    private static string? RepositoryFrom(string? downloadLocation)
    {
        if (downloadLocation is null or "NONE" or "NOASSERTION")
        {
            return null;
        }

        var plus = downloadLocation.IndexOf('+');
        if ((plus > 0 && plus < downloadLocation.IndexOf(':')) || downloadLocation.StartsWith("git://", StringComparison.OrdinalIgnoreCase))
        {
            return downloadLocation;
        }

        return Uri.TryCreate(downloadLocation, UriKind.Absolute, out var uri)
            && ForgeHosts.Contains(uri.Host.ToLowerInvariant().Replace("www.", string.Empty, StringComparison.Ordinal))
                ? downloadLocation
                : null;
    }
}
