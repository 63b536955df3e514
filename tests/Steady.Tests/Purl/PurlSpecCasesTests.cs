using System.Text.Json;
using Steady.Purl;
using Steady.Tests.Support;

namespace Steady.Tests.Purl;

/// <summary>Runs the cases copied from the purl-spec test suite (tests/Fixtures/purl/purl-spec-cases.json).</summary>
public sealed class PurlSpecCasesTests
{
    private static readonly Lazy<JsonElement[]> Cases = new(() =>
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SourceTree.PathOf("tests/Fixtures/purl/purl-spec-cases.json")));
        return doc.RootElement.GetProperty("tests").EnumerateArray().Select(e => e.Clone()).ToArray();
    });

    public static TheoryData<int, string> CaseIds()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < Cases.Value.Length; i++)
        {
            var c = Cases.Value[i];
            data.Add(i, $"{c.GetProperty("test_type").GetString()}: {c.GetProperty("description").GetString()}");
        }

        return data;
    }

    [Fact]
    public void Fixture_holds_a_few_dozen_cases() => Assert.InRange(Cases.Value.Length, 40, 200);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Spec_case(int index, string description)
    {
        var c = Cases.Value[index];
        var expectFailure = c.GetProperty("expected_failure").GetBoolean();
        var input = c.GetProperty("input");
        var expected = c.GetProperty("expected_output");

        bool ok;
        PackageUrl? purl;
        string? error;
        if (c.GetProperty("test_type").GetString() == "build")
        {
            ok = PackageUrl.TryCreate(
                Str(input, "type"), Str(input, "namespace"), Str(input, "name"), Str(input, "version"),
                Qualifiers(input), Str(input, "subpath"), out purl, out error);
        }
        else
        {
            ok = PackageUrl.TryParse(input.GetString(), out purl, out error);
        }

        if (expectFailure)
        {
            Assert.False(ok, $"{description}: expected a failure, parsed as {purl}");
            Assert.False(string.IsNullOrWhiteSpace(error));
            Assert.DoesNotContain('\n', error);
            return;
        }

        Assert.True(ok, $"{description}: {error}");
        Assert.NotNull(purl);
        if (expected.ValueKind == JsonValueKind.String)
        {
            Assert.Equal(expected.GetString(), purl.ToString());
            Assert.True(PackageUrl.TryParse(purl.ToString(), out var again, out _));
            Assert.Equal(purl, again);
            return;
        }

        Assert.Equal(Str(expected, "type"), purl.Type);
        Assert.Equal(Str(expected, "namespace"), purl.Namespace);
        Assert.Equal(Str(expected, "name"), purl.Name);
        Assert.Equal(Str(expected, "version"), purl.Version);
        Assert.Equal(Str(expected, "subpath"), purl.Subpath);
        Assert.Equal(
            (Qualifiers(expected) ?? []).OrderBy(q => q.Key, StringComparer.Ordinal).ToList(),
            purl.Qualifiers.ToList());
    }

    private static string? Str(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<KeyValuePair<string, string>>? Qualifiers(JsonElement element) =>
        element.TryGetProperty("qualifiers", out var value) && value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)).ToList()
            : null;
}
