using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Steady.Guard;
using Steady.Load;
using Steady.Model;

using Steady.Tests.Support;

namespace Steady.Tests.Guard;

/// <summary>
/// <see cref="Canonical"/> writes every value of the registry's files with code made at compile time: the text must be
/// what the serializer's reflection writes with the same settings, for every value of the richest entries there are.
/// </summary>
public sealed class CanonicalTests
{
    private static readonly JsonSerializerOptions Reflection = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static TheoryData<string> Entries()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Root, "registry-data", "projects"), "*.yml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestPaths.Root, file));
        }

        data.Add(Path.GetRelativePath(TestPaths.Root, Path.Combine(TestPaths.Corpus, "good", "full-example", "projects", "libexample.yml")));
        return data;
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Every_value_of_an_entry_reads_as_reflection_writes_it(string file)
    {
        var bag = new Steady.Diagnostics.DiagnosticBag();
        var project = RegistryLoader.LoadText<Project>(File.ReadAllBytes(Path.Combine(TestPaths.Root, file)), file, bag, new DateOnly(2026, 11, 27));
        Assert.NotNull(project);

        var checkedValues = 0;
        foreach (var value in Values(project))
        {
            Assert.Equal(Expected(value), Canonical.Of(value));
            checkedValues++;
        }

        Assert.True(checkedValues > 10, $"{file}: only {checkedValues} values");
    }

    [Fact]
    public void A_sponsor_and_the_stewards_file_read_as_reflection_writes_them()
    {
        var root = Path.Combine(TestPaths.Corpus, "good", "full-example");
        var bag = new Steady.Diagnostics.DiagnosticBag();
        var sponsor = RegistryLoader.LoadText<Sponsor>(File.ReadAllBytes(Path.Combine(root, "sponsors", "example-corp.yml")), "s.yml", bag, new DateOnly(2026, 11, 27));
        var stewards = RegistryLoader.LoadText<StewardsFile>(File.ReadAllBytes(Path.Combine(root, "stewards.yml")), "t.yml", bag, new DateOnly(2026, 11, 27));
        Assert.NotNull(sponsor);
        Assert.NotNull(stewards);
        Assert.NotEmpty(stewards.Stewards);
        Assert.Equal(Expected(sponsor), Canonical.Of(sponsor));
        Assert.Equal(Expected(stewards.Stewards), Canonical.Of(stewards.Stewards));
        Assert.All(stewards.Stewards, s => Assert.Equal(Expected(s), Canonical.Of(s)));
    }

    [Fact]
    public void Lists_enums_dates_and_text_keep_their_canonical_forms()
    {
        Assert.Equal("", Canonical.Of(null));
        Assert.Equal("a \"b\"", Canonical.Of("a \"b\""));
        Assert.Equal("2026-01-02", Canonical.Of(new DateOnly(2026, 1, 2)));
        Assert.Equal("1500.50", Canonical.Of(1500.50m));
        Assert.Equal("release", Canonical.Of(StewardPower.Release));
        Assert.Equal("[\"merge\",\"release\"]", Canonical.Of(new List<StewardPower> { StewardPower.Merge, StewardPower.Release }));
        Assert.Equal("[\"pkg:npm/ü\",\"x\\\"y\"]", Canonical.Of(new List<string> { "pkg:npm/ü", "x\"y" }));
        Assert.Equal("[]", Canonical.Of(new List<Maintainer>()));
    }

    /// <summary>What the original reflection-based form gave: text, dates and amounts as written, JSON otherwise.</summary>
    private static string Expected(object? value) => value switch
    {
        null => "",
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        Enum e => JsonSerializer.Serialize(e, e.GetType(), Reflection).Trim('"'),
        _ => JsonSerializer.Serialize(value, value.GetType(), Reflection),
    };

    /// <summary>The entry, each of its properties' values, and each item of its lists, down to plain values.</summary>
    private static IEnumerable<object?> Values(object? value)
    {
        yield return value;
        if (value is null or string or Enum || value.GetType().IsPrimitive || value is DateOnly or decimal)
        {
            yield break;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                foreach (var inner in Values(item))
                {
                    yield return inner;
                }
            }

            yield break;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetCustomAttribute<JsonIgnoreAttribute>() is not null)
            {
                continue;
            }

            foreach (var inner in Values(property.GetValue(value)))
            {
                yield return inner;
            }
        }
    }
}
