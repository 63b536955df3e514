using System.Globalization;
using System.Text;
using System.Text.Json;
using Steady.Audit;

namespace Steady.Tests.Audit;

/// <summary>
/// Generates the fixture SBOMs (tests/Fixtures/audit/sbom.cdx.json and sbom.spdx.json) deterministically:
/// the components that must match <see cref="AuditFixtureRegistry"/> (exactly, ignoring version, by repository),
/// near misses that must not match, invalid purls, a duplicate, nested components and 300 fillers.
/// </summary>
internal static class AuditFixtureGenerator
{
    private const AuditMatchKind Exact = AuditMatchKind.Exact;
    private const AuditMatchKind Package = AuditMatchKind.Package;
    private const AuditMatchKind Repository = AuditMatchKind.Repository;

    public const int FillerCount = 300;

    public static IReadOnlyList<FixtureComponent> Components { get; } = Build();

    /// <summary>Every component, nested ones included, in document order.</summary>
    public static IEnumerable<FixtureComponent> Flatten(IEnumerable<FixtureComponent> components) =>
        components.SelectMany(c => new[] { c }.Concat(Flatten(c.Children ?? [])));

    public static string CycloneDx()
    {
        return Write(w =>
        {
            w.WriteString("bomFormat", "CycloneDX");
            w.WriteString("specVersion", "1.5");
            w.WriteString("serialNumber", "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
            w.WriteNumber("version", 1);
            w.WriteStartObject("metadata");
            w.WriteString("timestamp", "2026-10-20T00:00:00Z");
            w.WriteStartObject("component");
            w.WriteString("type", "application");
            w.WriteString("bom-ref", "downstream-app");
            w.WriteString("name", "downstream-app");
            w.WriteString("version", "1.0.0");
            w.WriteString("purl", "pkg:npm/fastjson-lite@9.9.9");
            w.WriteEndObject();
            w.WriteEndObject();
            var counter = 0;
            WriteCycloneDxComponents(w, Components, ref counter);
        });
    }

    public static string Spdx()
    {
        return Write(w =>
        {
            w.WriteString("spdxVersion", "SPDX-2.3");
            w.WriteString("dataLicense", "CC0-1.0");
            w.WriteString("SPDXID", "SPDXRef-DOCUMENT");
            w.WriteString("name", "downstream-app");
            w.WriteString("documentNamespace", "https://steady.example/spdx/downstream-app-1.0.0");
            w.WriteStartObject("creationInfo");
            w.WriteString("created", "2026-10-20T00:00:00Z");
            w.WriteStartArray("creators");
            w.WriteStringValue("Tool: steady-fixture-generator");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartArray("packages");
            var n = 0;
            foreach (var c in Flatten(Components))
            {
                n++;
                w.WriteStartObject();
                w.WriteString("name", c.Group is null ? c.Name : $"{c.Group}/{c.Name}");
                w.WriteString("SPDXID", $"SPDXRef-Package-{n}");
                if (c.Version is not null)
                {
                    w.WriteString("versionInfo", c.Version);
                }

                w.WriteString("downloadLocation", c.SpdxDownload ?? (c.Vcs is { } vcs && vcs.StartsWith("https://", StringComparison.Ordinal) ? "git+" + vcs : "NOASSERTION"));
                w.WriteBoolean("filesAnalyzed", false);
                w.WriteStartArray("externalRefs");
                if (n % 3 == 0)
                {
                    w.WriteStartObject();
                    w.WriteString("referenceCategory", "SECURITY");
                    w.WriteString("referenceType", "cpe23Type");
                    w.WriteString("referenceLocator", $"cpe:2.3:a:fixture:{c.Name.Replace(':', '_')}:*:*:*:*:*:*:*:*");
                    w.WriteEndObject();
                }

                if (c.Purl is not null)
                {
                    w.WriteStartObject();
                    w.WriteString("referenceCategory", "PACKAGE-MANAGER");
                    w.WriteString("referenceType", "purl");
                    w.WriteString("referenceLocator", c.Purl);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("relationships");
            w.WriteStartObject();
            w.WriteString("spdxElementId", "SPDXRef-DOCUMENT");
            w.WriteString("relationshipType", "DESCRIBES");
            w.WriteString("relatedSpdxElement", "SPDXRef-Package-1");
            w.WriteEndObject();
            w.WriteEndArray();
        });
    }

    private static void WriteCycloneDxComponents(Utf8JsonWriter w, IReadOnlyList<FixtureComponent> components, ref int counter)
    {
        w.WriteStartArray("components");
        foreach (var c in components)
        {
            counter++;
            w.WriteStartObject();
            w.WriteString("type", "library");
            w.WriteString("bom-ref", $"component-{counter}");
            if (c.Group is not null)
            {
                w.WriteString("group", c.Group);
            }

            w.WriteString("name", c.Name);
            if (c.Version is not null)
            {
                w.WriteString("version", c.Version);
            }

            if (c.Purl is not null)
            {
                w.WriteString("purl", c.Purl);
            }

            if (c.Vcs is not null || c.Website is not null)
            {
                w.WriteStartArray("externalReferences");
                foreach (var (type, url) in new[] { ("website", c.Website), ("vcs", c.Vcs) })
                {
                    if (url is not null)
                    {
                        w.WriteStartObject();
                        w.WriteString("type", type);
                        w.WriteString("url", url);
                        w.WriteEndObject();
                    }
                }

                w.WriteEndArray();
            }

            if (c.Children is { Count: > 0 })
            {
                WriteCycloneDxComponents(w, c.Children, ref counter);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static List<FixtureComponent> Build()
    {
        var list = new List<FixtureComponent>
        {
            // Exact: the dependency's canonical purl is one of the project's purls.
            new("libexample", Purl: "pkg:deb/debian/libexample", ExpectedSlug: "libexample", ExpectedKind: Exact),
            new("fastjson-lite", Purl: "pkg:npm/fastjson-lite", ExpectedSlug: "fastjson-lite", ExpectedKind: Exact),

            // Same package, other version, qualifiers, subpath or spelling.
            new("libexample", Version: "1.2.3-1", Purl: "pkg:deb/debian/libexample@1.2.3-1?arch=amd64&distro=bookworm", ExpectedSlug: "libexample", ExpectedKind: Package),
            new("libexample", Version: "1.2.3-4.fc41", Purl: "pkg:rpm/fedora/libexample@1.2.3-4.fc41?arch=x86_64", ExpectedSlug: "libexample", ExpectedKind: Package),
            new("LibExample", Version: "v1.2.3", Purl: "pkg:github/Example-Org/LibExample@v1.2.3", ExpectedSlug: "libexample", ExpectedKind: Package),
            new("tinycompress-utils", Version: "5.6.1-1", Purl: "pkg:deb/debian/tinycompress-utils@5.6.1-1", ExpectedSlug: "tinycompress", ExpectedKind: Package),
            new("tinycompress", Version: "5.6.1", Purl: "pkg:generic/tinycompress@5.6.1?download_url=https://git.example.org/tinycompress/tinycompress/-/archive/v5.6.1.tar.gz", ExpectedSlug: "tinycompress", ExpectedKind: Package),
            new("fastjson-lite", Version: "4.2.0", Purl: "pkg:npm/fastjson-lite@4.2.0", ExpectedSlug: "fastjson-lite", ExpectedKind: Package),
            new("Ratelimit_Tools", Version: "2.0.1", Purl: "pkg:pypi/Ratelimit_Tools@2.0.1", ExpectedSlug: "ratelimit-tools", ExpectedKind: Package),
            new("widgets", Group: "@acme", Version: "3.1.0", Purl: "pkg:npm/%40acme/widgets@3.1.0", ExpectedSlug: "acme-widgets", ExpectedKind: Package, Children:
            [
                new("widgets-core", Group: "@acme", Version: "3.1.0", Purl: "pkg:npm/%40acme/widgets-core@3.1.0"),
                new("fastjson-lite", Version: "4.2.0", Purl: "pkg:npm/fastjson-lite@4.2.0"),
            ]),
            new("muxer", Version: "v1.8.0", Purl: "pkg:golang/github.com/gorilla-like/muxer@v1.8.0#middleware", ExpectedSlug: "muxer", ExpectedKind: Package),
            new("commons-text", Group: "org.example.commons", Version: "1.10.0", Purl: "pkg:maven/org.example.commons/commons-text@1.10.0?type=jar", ExpectedSlug: "commons-text", ExpectedKind: Package),
            new("serde-lite", Version: "1.0.210", Purl: "pkg:cargo/serde-lite@1.0.210", ExpectedSlug: "serde-lite", ExpectedKind: Package),
            new("Example.Json", Version: "13.0.3", Purl: "pkg:nuget/Example.Json@13.0.3", ExpectedSlug: "example-json", ExpectedKind: Package),

            // Same source repository, written differently, or named by the purl itself.
            new("zlib-classic", Version: "1.3.1", Purl: "pkg:generic/zlib-classic@1.3.1", Vcs: "https://github.com/Legacy/zlib-classic.git",
                SpdxDownload: "git+https://github.com/legacy/zlib-classic.git@v1.3.1", ExpectedSlug: "zlib-classic", ExpectedKind: Repository),
            new("json-fork", Version: "1.0.0", Purl: "pkg:npm/json-fork@1.0.0", Vcs: "git@github.com:fastjson/fastjson-lite.git",
                SpdxDownload: "git+ssh://git@github.com/fastjson/fastjson-lite.git", ExpectedSlug: "fastjson-lite", ExpectedKind: Repository),
            new("libexample/v2", Version: "v2.0.0", Purl: "pkg:golang/github.com/example-org/libexample/v2@v2.0.0", ExpectedSlug: "libexample", ExpectedKind: Repository),
            new("sshtool", Version: "9.0", Vcs: "https://bitbucket.org/SSHTool/sshtool/src/main/",
                SpdxDownload: "https://bitbucket.org/sshtool/sshtool/get/v9.0.tar.gz", ExpectedSlug: "sshtool", ExpectedKind: Repository),
            new("tinycompress-src", Version: "5.6.1", Vcs: "git+https://git.example.org/tinycompress/tinycompress",
                SpdxDownload: "git+https://git.example.org/tinycompress/tinycompress.git", ExpectedSlug: "tinycompress", ExpectedKind: Repository),
            new("bad-encoding", Version: "1.0", Purl: "pkg:npm/bad%ZZname@1.0", Vcs: "https://github.com/acme/widgets",
                ExpectedSlug: "acme-widgets", ExpectedKind: Repository),

            // Near misses: none of these may match.
            new("fastjson-lite-extra", Version: "1.0.0", Purl: "pkg:npm/fastjson-lite-extra@1.0.0"),
            new("fastjson", Version: "2.0.0", Purl: "pkg:npm/fastjson@2.0.0"),
            new("libexample", Version: "1.0-1", Purl: "pkg:deb/ubuntu/libexample@1.0-1"),
            new("libexample-docs", Version: "1.0", Purl: "pkg:github/example-org/libexample-docs@1.0"),
            new("libexample", Version: "1.2.3", Purl: "pkg:conan/libexample@1.2.3"),
            new("libexample-fork", Version: "1.0.0", Purl: "pkg:npm/libexample-fork@1.0.0", Vcs: "https://github.com/example-org/libexample-fork",
                Website: "https://github.com/example-org/libexample"),
            new("ratelimit-tool", Version: "1.0", Purl: "pkg:pypi/ratelimit-tool@1.0"),
            new("ratelimit-plugins", Version: "0.1", Purl: "pkg:pypi/ratelimit-plugins@0.1", Vcs: "https://gitlab.com/ratelimit/ratelimit-tools/plugins"),
            new("widgets", Version: "3.1.0", Purl: "pkg:npm/widgets@3.1.0"),
            new("widgets", Group: "@acme-corp", Version: "3.1.0", Purl: "pkg:npm/%40acme-corp/widgets@3.1.0"),
            new("muxer-contrib", Version: "v1.0.0", Purl: "pkg:golang/github.com/gorilla-like/muxer-contrib@v1.0.0"),
            new("commons-text", Group: "org.other", Version: "1.10.0", Purl: "pkg:maven/org.other/commons-text@1.10.0"),
            new("fastjson-lite2", Version: "1.0.0", Purl: "pkg:npm/fastjson-lite2@1.0.0", Vcs: "https://github.com/fastjson/fastjson-lite2"),
            new("lookalike", Version: "1.0.0", Purl: "pkg:npm/lookalike@1.0.0", Vcs: "https://github.com.evil.example/fastjson/fastjson-lite"),
            new("legacy-tools", Version: "1.0", Purl: "pkg:generic/legacy-tools@1.0", Vcs: "https://github.com/legacy"),
            new("tinycompress", Version: "5.6.1"),

            // An invalid purl is a warning; the dependency stays, unmatched.
            new("broken-purl", Version: "1.0", Purl: "pkg:github/onlyname@1.0"),
        };

        for (var i = 1; i <= FillerCount; i++)
        {
            list.Add(Filler(i));
        }

        return list;
    }

    private static FixtureComponent Filler(int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        string V(int major, int mod) => string.Create(CultureInfo.InvariantCulture, $"{major}.{i % mod}.{i % 5}");
        return (i % 8) switch
        {
            0 => new($"filler-js-{n}", Version: V(1, 7), Purl: $"pkg:npm/filler-js-{n}@{V(1, 7)}"),
            1 => new($"filler_py_{n}", Version: V(0, 9), Purl: $"pkg:pypi/filler-py-{n}@{V(0, 9)}"),
            2 => new($"artifact-{n}", Group: $"org.filler.g{i % 6}", Version: V(2, 4), Purl: $"pkg:maven/org.filler.g{i % 6}/artifact-{n}@{V(2, 4)}?type=jar"),
            3 => new($"libfiller{n}", Version: V(1, 3) + "-1", Purl: $"pkg:deb/debian/libfiller{n}@{V(1, 3)}-1?arch=amd64&distro=bookworm"),
            4 => new($"example.com/filler/mod{n}", Version: "v" + V(0, 10), Purl: $"pkg:golang/example.com/filler/mod{n}@v{V(0, 10)}#sub/pkg"),
            5 => new($"filler-crate-{n}", Version: V(0, 12), Purl: $"pkg:cargo/filler-crate-{n}@{V(0, 12)}"),
            6 => new($"Filler.Lib{n}", Version: V(4, 5), Purl: $"pkg:nuget/Filler.Lib{n}@{V(4, 5)}"),
            _ => i % 25 == 7
                ? new($"filler-unpackaged-{n}", Vcs: $"https://github.com/filler-none/repo{n}")
                : new($"pkg{n}", Group: "@filler", Version: V(5, 9), Purl: $"pkg:npm/%40filler/pkg{n}@{V(5, 9)}", Vcs: $"https://github.com/filler/pkg{n}.git"),
        };
    }
}
