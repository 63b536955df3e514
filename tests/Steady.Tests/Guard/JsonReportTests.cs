using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Steady.Guard;
using Steady.Guard.Report;

namespace Steady.Tests.Guard;

/// <summary>
/// The guard's JSON report is written by code made at compile time; it must be the text the serializer's reflection
/// writes for the same document with the same settings, for every scenario of the corpus.
/// </summary>
public sealed class JsonReportTests
{
    private static readonly JsonSerializerOptions Reflection = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static TheoryData<string> Names() => new(GuardCorpus.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_scenario_reports_what_reflection_writes(string name)
    {
        var report = GuardScenarioRunner.Run(GuardCorpus.All.Single(s => s.Name == name));
        var written = new StringWriter();
        JsonReport.Write(written, report);

        var expected = JsonSerializer.Serialize(JsonReport.Document(report), Reflection) + Environment.NewLine;
        Assert.Equal(expected, written.ToString());
        using var json = JsonDocument.Parse(written.ToString());
        Assert.Equal(1, json.RootElement.GetProperty("schema_version").GetInt32());
        Assert.Equal(report.ExitCode, json.RootElement.GetProperty("exit_code").GetInt32());
    }

    [Fact]
    public void Every_enum_of_the_document_is_written_as_kebab_case_text()
    {
        var enums = new HashSet<Type>();
        Collect(typeof(GuardJsonDocument), enums, []);
        Assert.NotEmpty(enums);
        Assert.All(enums, e => Assert.True(JsonReport.WritesAsKebabText(e), $"{e.Name} is not written as kebab-case text"));
        Assert.False(JsonReport.WritesAsKebabText(typeof(DayOfWeek)));
    }

    private static void Collect(Type type, HashSet<Type> enums, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        // Dates are written as text by their own converters.
        if (!seen.Add(type) || type == typeof(string) || type.IsPrimitive || type == typeof(DateOnly))
        {
            return;
        }

        if (type.IsEnum)
        {
            enums.Add(type);
            return;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Collect(argument, enums, seen);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Collect(property.PropertyType, enums, seen);
        }
    }
}
