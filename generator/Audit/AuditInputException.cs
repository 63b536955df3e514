namespace Steady.Audit;

/// <summary>
/// An SBOM that cannot be read: missing, too large, not UTF-8, malformed or truncated JSON, nested too deeply,
/// an unknown format, or a field of the wrong type. The message is one line naming the file and what is wrong,
/// with the JSON path or line where one is known; <c>steady audit</c> prints it and exits with code 2.
/// </summary>
public sealed class AuditInputException : Exception
{
    /// <summary>Creates the error for <paramref name="file"/> with a one-line <paramref name="detail"/>.</summary>
    public AuditInputException(string file, string detail)
        : base($"{file}: {detail}")
    {
        File = file;
        Detail = detail;
    }

    /// <summary>Creates the error for <paramref name="file"/> with the exception that caused it.</summary>
    public AuditInputException(string file, string detail, Exception inner)
        : base($"{file}: {detail}", inner)
    {
        File = file;
        Detail = detail;
    }

    /// <summary>The SBOM path as the user gave it.</summary>
    public string File { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Detail { get; }
}
