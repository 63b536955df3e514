using System.Text;
using Steady.Audit;

namespace Steady.Tests.Audit;

/// <summary>Untrusted SBOMs that are malformed, huge, deeply nested or wrongly typed each get their documented one-line error.</summary>
public sealed class HostileSbomTests : IDisposable
{
    private const string Cdx = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",";
    private const string Spdx = "{\"spdxVersion\":\"SPDX-2.3\",";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Truncated_json_is_reported_as_truncated_with_its_position()
    {
        var full = File.ReadAllText(Support.SourceTree.PathOf(AuditFixtures.CycloneDx));
        foreach (var cut in new[] { full.Length / 2, full.IndexOf("\"purl\": \"pkg:npm/fastjson-lite@4.2.0", StringComparison.Ordinal) + 20, full.Length - 3 })
        {
            var error = Fail(full[..cut]);
            Assert.Matches(@"^the JSON ends early at line \d+, column \d+; the file looks truncated$", error.Detail);
        }
    }

    [Fact]
    public void A_50_MiB_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(temp.Path, "huge.cdx.json");
        using (var stream = File.Create(path))
        {
            stream.Write("{\"bomFormat\":\"CycloneDX\",\"components\":["u8);
            stream.SetLength(50L * 1024 * 1024);
        }

        var error = Assert.Throws<AuditInputException>(() => SbomReader.Read(path, "huge.cdx.json"));
        Assert.Equal("huge.cdx.json: the file is 52428800 bytes (50.0 MiB); SBOMs over 32 MiB are not read", error.Message);
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_are_refused()
    {
        var arrays = Cdx + "\"components\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        Assert.Matches(@"^JSON nesting is deeper than 64 levels at line 1, column \d+$", Fail(arrays).Detail);

        var components = new StringBuilder(Cdx);
        for (var i = 0; i < 10_000; i++)
        {
            components.Append("\"components\":[{\"name\":\"n\",");
        }

        components.Append("\"version\":\"1\"").Append(string.Concat(Enumerable.Repeat("}]", 10_000))).Append('}');
        Assert.Matches(@"^JSON nesting is deeper than 64 levels at line 1, column \d+$", Fail(components.ToString()).Detail);
    }

    public static TheoryData<string, string> WrongTypes() => new()
    {
        { Cdx + "\"components\":\"abc\"}", "$.components: expected an array, found a string" },
        { Cdx + "\"components\":[\"x\"]}", "$.components[0]: expected an object, found a string" },
        { Cdx + "\"components\":[{\"name\":\"a\"},{\"name\":42}]}", "$.components[1].name: expected a string, found a number" },
        { Cdx + "\"components\":[{\"name\":\"a\",\"purl\":{}}]}", "$.components[0].purl: expected a string, found an object" },
        { Cdx + "\"components\":[{\"name\":\"a\",\"externalReferences\":{}}]}", "$.components[0].externalReferences: expected an array, found an object" },
        { Cdx + "\"components\":[{\"name\":\"a\",\"externalReferences\":[{\"type\":\"vcs\",\"url\":[]}]}]}", "$.components[0].externalReferences[0].url: expected a string, found an array" },
        { Cdx + "\"components\":[{\"name\":\"a\",\"components\":[{\"name\":\"b\"},{\"name\":\"c\"},{\"name\":\"d\",\"version\":true}]}]}", "$.components[0].components[2].version: expected a string, found a boolean" },
        { Cdx + "\"components\":[{\"version\":\"1\"}]}", "$.components[0]: the required string 'name' is missing or empty" },
        { "{\"bomFormat\":1}", "$.bomFormat: expected a string, found a number" },
        { "{\"bomFormat\":\"SWID\",\"specVersion\":\"1.5\"}", "$.bomFormat: expected \"CycloneDX\", found \"SWID\"" },
        { "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"2.0\"}", "$.specVersion: CycloneDX 2.0 is not supported (read: 1.4 to 1.6)" },
        { Spdx + "\"packages\":{}}", "$.packages: expected an array, found an object" },
        { Spdx + "\"packages\":[{\"name\":\"a\",\"externalRefs\":[{\"referenceType\":\"purl\",\"referenceLocator\":5}]}]}", "$.packages[0].externalRefs[0].referenceLocator: expected a string, found a number" },
        { Spdx + "\"packages\":[{\"name\":\"a\",\"downloadLocation\":null,\"versionInfo\":[1]}]}", "$.packages[0].versionInfo: expected a string, found an array" },
        { "{\"spdxVersion\":\"SPDX-3.0\"}", "$.spdxVersion: SPDX-3.0 is not supported (read: SPDX-2.3 JSON)" },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void Wrong_types_name_the_json_path(string json, string expected) => Assert.Equal(expected, Fail(json).Detail);

    public static TheoryData<string, string> Malformed() => new()
    {
        { string.Empty, "^the file is empty$" },
        { " \n\t\n", "^the file is empty$" },
        { "[1, 2]", "^a JSON array is not an SBOM" },
        { "<?xml version=\"1.0\"?><bom/>", "^looks like XML" },
        { "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n", "^looks like SPDX tag-value" },
        { "{\"name\":\"x\"}", "^a JSON object with neither 'bomFormat' \\(CycloneDX\\) nor 'spdxVersion' \\(SPDX\\)$" },
        { Cdx + "\"components\":[],}", @"^invalid JSON at line 1, column \d+: " },
        { Cdx + "\"components\":[] /* c */}", @"^invalid JSON at line 1, column \d+: " },
        { Cdx + "\n\"components\":[{\"name\":\"a\",\"purl\":\"pkg:npm/a\",\"purl\":\"pkg:npm/b\"}]}", @"^duplicate property 'purl' at line 2, column \d+$" },
        { "pkg:npm/a@1\nrequests==2.31.0\n", "^line 2: expected a purl starting with 'pkg:', found 'requests==2.31.0'" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_files_get_a_clear_error(string content, string pattern) => Assert.Matches(pattern, Fail(content).Detail);

    [Fact]
    public void Invalid_utf8_in_a_purl_list_is_refused()
    {
        var path = temp.Write("list.txt", [.. "pkg:npm/a@1\npkg:npm/"u8, 0xFF, 0xFE, (byte)'\n']);
        var error = Assert.Throws<AuditInputException>(() => SbomReader.Read(path, "list.txt"));
        Assert.StartsWith("list.txt: not a CycloneDX JSON, SPDX JSON or purl list: invalid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_and_folder_are_reported()
    {
        Assert.Equal("nope.json: file not found", Assert.Throws<AuditInputException>(() => SbomReader.Read(Path.Combine(temp.Path, "nope.json"), "nope.json")).Message);
        Assert.Equal("dir: is a folder, not a file", Assert.Throws<AuditInputException>(() => SbomReader.Read(temp.Path, "dir")).Message);
    }

    [Fact]
    public void The_runner_prints_one_line_and_exits_with_2()
    {
        var path = temp.Write("bad.cdx.json", Cdx + "\"components\":[{\"name\":42}]}");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var code = AuditRunner.Run(path, AuditFixtureRegistry.Entries, AuditFailOn.Elevated, AuditFormat.Sarif, output, errors);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output.ToString());
        var message = errors.ToString();
        Assert.Equal($"error: {path}: $.components[0].name: expected a string, found a number\n", message);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
    }

    private AuditInputException Fail(string content)
    {
        var path = temp.Write("input.json", content);
        var error = Assert.Throws<AuditInputException>(() => SbomReader.Read(path, "input.json"));
        Assert.Equal($"input.json: {error.Detail}", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        return error;
    }
}
