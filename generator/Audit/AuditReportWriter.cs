namespace Steady.Audit;

/// <summary>Writes an audit report in the chosen <see cref="AuditFormat"/>.</summary>
public static class AuditReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> as <paramref name="format"/>.</summary>
    public static void Write(AuditReport report, AuditFormat format, TextWriter output)
    {
        switch (format)
        {
            case AuditFormat.Markdown:
                AuditMarkdownWriter.Write(report, output);
                break;
            case AuditFormat.Json:
                AuditJsonWriter.Write(report, output);
                break;
            case AuditFormat.Sarif:
                AuditSarifWriter.Write(report, output);
                break;
            default:
                AuditTextWriter.Write(report, output);
                break;
        }
    }
}
