using System.Text.Json;

namespace Steady.Audit;

/// <summary>
/// Reads the components of a CycloneDX JSON BOM, nested components included: name (with group),
/// version, purl, and the first <c>externalReferences</c> entry of type <c>vcs</c> as the repository.
/// The BOM's own subject (<c>metadata.component</c>) is not a dependency and is not read.
/// </summary>
internal static class CycloneDxReader
{
    private static readonly string[] TestedVersions = ["1.4", "1.5", "1.6"];

    public static SbomDocument Read(JsonElement root, string source)
    {
        var format = JsonFields.RequiredString(root, "bomFormat", "$", source);
        if (format != "CycloneDX")
        {
            throw new AuditInputException(source, $"$.bomFormat: expected \"CycloneDX\", found \"{AuditText.Clip(format, 40)}\"");
        }

        var specVersion = JsonFields.RequiredString(root, "specVersion", "$", source);
        var collector = new DependencyCollector();
        if (!specVersion.StartsWith("1.", StringComparison.Ordinal))
        {
            throw new AuditInputException(source, $"$.specVersion: CycloneDX {AuditText.Clip(specVersion, 20)} is not supported (read: 1.4 to 1.6)");
        }

        if (!TestedVersions.Contains(specVersion))
        {
            collector.Warn("$.specVersion", $"CycloneDX {AuditText.Clip(specVersion, 20)} is outside 1.4 to 1.6; components were read the same way");
        }

        ReadComponents(root, "$", source, collector);
        return new SbomDocument(source, SbomFormat.CycloneDx, specVersion, collector.Dependencies, collector.Warnings);
    }

    private static void ReadComponents(JsonElement parent, string path, string source, DependencyCollector collector)
    {
        foreach (var (component, componentPath) in JsonFields.OptionalArray(parent, "components", path, source))
        {
            JsonFields.RequireObject(component, componentPath, source);
            var name = JsonFields.RequiredString(component, "name", componentPath, source);
            var group = JsonFields.OptionalString(component, "group", componentPath, source);
            var version = JsonFields.OptionalString(component, "version", componentPath, source);
            var purl = JsonFields.OptionalString(component, "purl", componentPath, source);
            string? repository = null;
            foreach (var (reference, referencePath) in JsonFields.OptionalArray(component, "externalReferences", componentPath, source))
            {
                JsonFields.RequireObject(reference, referencePath, source);
                var type = JsonFields.OptionalString(reference, "type", referencePath, source);
                var url = JsonFields.OptionalString(reference, "url", referencePath, source);
                if (type == "vcs" && repository is null && url is not null)
                {
                    repository = url;
                }
            }

            var fullName = string.IsNullOrEmpty(group) ? name : $"{group}/{name}";
            collector.Add(fullName, version, purl, repository, componentPath);
            ReadComponents(component, componentPath, source, collector);
        }
    }
}
