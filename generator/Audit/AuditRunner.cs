using System.Reflection;

namespace Steady.Audit;

/// <summary>
/// Runs one audit end to end, for the <c>steady audit</c> command: read the SBOM, match it against
/// the registry entries, write the report, decide the exit code.
/// </summary>
public static class AuditRunner
{
    /// <summary>Exit code when no matched dependency reaches <c>--fail-on</c>.</summary>
    public const int ExitPass = 0;

    /// <summary>Exit code when a matched dependency reaches <c>--fail-on</c>.</summary>
    public const int ExitFail = 1;

    /// <summary>Exit code when the SBOM cannot be read (usage or input error).</summary>
    public const int ExitInputError = 2;

    /// <summary>The version of <c>steady</c>, without build metadata.</summary>
    public static string ToolVersion { get; } = ReadToolVersion();

    /// <summary>
    /// Audits the SBOM at <paramref name="sbomPath"/> against <paramref name="entries"/> and writes the report to
    /// <paramref name="output"/>. Returns 0 (pass), 1 (a match reaches <paramref name="failOn"/>) or 2 (the SBOM cannot
    /// be read; one line <c>error: path: what is wrong</c> is written to <paramref name="errors"/>, default <paramref name="output"/>).
    /// </summary>
    public static int Run(
        string sbomPath,
        IReadOnlyList<AuditEntry> entries,
        AuditFailOn failOn,
        AuditFormat format,
        TextWriter output,
        TextWriter? errors = null)
    {
        AuditReport report;
        try
        {
            report = AuditReport.Create(SbomReader.Read(sbomPath), entries, failOn, ToolVersion);
        }
        catch (AuditInputException e)
        {
            (errors ?? output).Write($"error: {e.Message}\n");
            return ExitInputError;
        }

        AuditReportWriter.Write(report, format, output);
        return report.ExitCode;
    }

    private static string ReadToolVersion()
    {
        var assembly = typeof(AuditRunner).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus >= 0 ? version[..plus] : version;
    }
}
