namespace Steady.Audit;

/// <summary>The lowercase words used for audit enums in every output and on the command line.</summary>
public static class AuditNames
{
    /// <summary><c>none</c>, <c>elevated</c> or <c>high</c>.</summary>
    public static string Of(AuditCautionLevel caution) => caution switch
    {
        AuditCautionLevel.High => "high",
        AuditCautionLevel.Elevated => "elevated",
        _ => "none",
    };

    /// <summary><c>exact</c>, <c>package</c> or <c>repository</c>.</summary>
    public static string Of(AuditMatchKind kind) => kind switch
    {
        AuditMatchKind.Exact => "exact",
        AuditMatchKind.Package => "package",
        _ => "repository",
    };

    /// <summary><c>elevated</c>, <c>high</c> or <c>never</c>.</summary>
    public static string Of(AuditFailOn failOn) => failOn switch
    {
        AuditFailOn.Elevated => "elevated",
        AuditFailOn.High => "high",
        _ => "never",
    };

    /// <summary><c>cyclonedx</c>, <c>spdx</c> or <c>purl-list</c>.</summary>
    public static string Of(SbomFormat format) => format switch
    {
        SbomFormat.CycloneDx => "cyclonedx",
        SbomFormat.Spdx => "spdx",
        _ => "purl-list",
    };

    /// <summary>Parses a <c>--fail-on</c> value (case-insensitive).</summary>
    public static bool TryParseFailOn(string? text, out AuditFailOn failOn)
    {
        failOn = text?.ToLowerInvariant() switch
        {
            "elevated" => AuditFailOn.Elevated,
            "high" => AuditFailOn.High,
            "never" => AuditFailOn.Never,
            _ => (AuditFailOn)(-1),
        };
        return Enum.IsDefined(failOn);
    }

    /// <summary>Parses a <c>--format</c> value (case-insensitive).</summary>
    public static bool TryParseFormat(string? text, out AuditFormat format)
    {
        format = text?.ToLowerInvariant() switch
        {
            "text" => AuditFormat.Text,
            "markdown" => AuditFormat.Markdown,
            "json" => AuditFormat.Json,
            "sarif" => AuditFormat.Sarif,
            _ => (AuditFormat)(-1),
        };
        return Enum.IsDefined(format);
    }
}
