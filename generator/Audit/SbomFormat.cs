namespace Steady.Audit;

/// <summary>The kinds of SBOM that <c>steady audit</c> reads, detected from the file's content.</summary>
public enum SbomFormat
{
    /// <summary>CycloneDX JSON (specVersion 1.4 to 1.6).</summary>
    CycloneDx,

    /// <summary>SPDX JSON (spdxVersion SPDX-2.3, and SPDX-2.2 which has the same fields).</summary>
    Spdx,

    /// <summary>Plain text: one purl a line, blank lines and lines starting with <c>#</c> ignored.</summary>
    PurlList,
}
