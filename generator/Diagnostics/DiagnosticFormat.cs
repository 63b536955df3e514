using System.Text.Json;
using System.Text.Json.Serialization;
using Steady.Model;
using Steady.Text;

namespace Steady.Diagnostics;

/// <summary>Writes diagnostics as text (<c>path:line:col: error CODE: message</c>), GitHub annotations or JSON.</summary>
public static class DiagnosticFormat
{
    public static readonly IReadOnlyList<string> Names = ["text", "github", "json"];

    public static bool IsKnown(string format) => Names.Contains(format);

    public static void Write(TextWriter writer, string format, IReadOnlyList<Diagnostic> diagnostics)
    {
        switch (format)
        {
            case "github":
                foreach (var d in diagnostics)
                {
                    var level = d.IsError ? "error" : "warning";
                    var message = d.Hint is null ? $"{d.Code}: {d.Message}" : $"{d.Code}: {d.Message}\nhint: {d.Hint}";
                    writer.WriteLine($"::{level} file={Property(d.At.Path)},line={d.At.Line},col={d.At.Column},title={Property(d.Code)}::{Data(message)}");
                }

                break;
            case "json":
                writer.WriteLine(JsonSerializer.Serialize(diagnostics.Select(d => new JsonDiagnostic(
                    d.At.Path, d.At.Line, d.At.Column, d.IsError ? "error" : "warning", d.Code, d.Message, d.Hint)).ToArray(),
                    JsonOptions.TypeInfo<JsonDiagnostic[]>()));
                break;
            default:
                foreach (var d in diagnostics)
                {
                    writer.WriteLine(d.ToString());
                }

                break;
        }
    }

    // GitHub's workflow command escaping: https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = DiagnosticJsonContext.Default,
    };
}

/// <summary>One diagnostic as <c>validate --format json</c> writes it.</summary>
internal sealed record JsonDiagnostic(string Path, int Line, int Column, string Severity, string Code, string Message, string? Hint);

/// <summary>Serialization code for <see cref="JsonDiagnostic"/> lists, made at compile time.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonDiagnostic[]))]
internal sealed partial class DiagnosticJsonContext : JsonSerializerContext;
